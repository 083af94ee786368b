package cn.jumin.yibao.api.residents;

import java.util.List;

/** A validated payment order request. */
public record OrderRequest(String region, int year, String channel, List<Payee> payees) {
    public record Payee(String idNumber, String name) {}

    /** The request in one canonical line, hashed to tell "the same key again" from "the same key, another body". */
    String canonical() {
        StringBuilder b = new StringBuilder(region).append('|').append(year).append('|').append(channel);
        payees.forEach(p -> b.append('|').append(p.idNumber()).append(':').append(p.name().strip()));
        return b.toString();
    }
}
