package cn.jumin.yibao.policy.load;

import java.time.LocalDate;

/** One notice of the corpus: its metadata from corpus/index.json and its source text as extracted. */
public record Notice(String file, String region, String regionName, int insuranceYear, String title, String titleNote,
                     String issuer, String docNumber, LocalDate issued, String text) {
    public String documentId() { return region + "-" + insuranceYear; }
}
