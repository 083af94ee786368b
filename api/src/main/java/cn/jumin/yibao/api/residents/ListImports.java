package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.api.problem.Lang;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.GroupVocabulary;
import cn.jumin.yibao.policy.model.SpecialGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Officers' special-group lists (CSV: idNumber,name,group,validFrom,validTo). UTF-8 (with or without BOM) is read
 * as is; a file that is not valid UTF-8 but is valid GBK (Excel's default on Chinese Windows) is read as GBK; anything
 * else is refused rather than garbled. Bad rows are rejected with their line number, good rows kept; importing the
 * same file twice changes nothing.
 */
@ApplicationScoped
public class ListImports {
    public record Rejected(int line, String reason) {}
    public record Result(int imported, int unchanged, List<Rejected> rejected, String encoding) {}

    static final List<String> HEADER = List.of("idnumber", "name", "group", "validfrom", "validto");

    private final Database db;
    private final GroupVocabulary groups;

    @Inject
    public ListImports(Database db, cn.jumin.yibao.policy.load.PolicyLibrary library) {
        this.db = db;
        this.groups = library.groups();
    }

    public Result importCsv(Caller officer, String region, int year, byte[] body, String declaredCharset, Lang lang) {
        Decoded text = decode(body, declaredCharset);
        List<String> lines = text.text().lines().toList();
        if (lines.isEmpty() || !header(lines.get(0))) {
            throw ProblemException.of(Kind.BAD_REQUEST, "detail.csv-header", String.join(",", List.of("idNumber", "name", "group", "validFrom", "validTo")));
        }
        record Row(int line, String id, String name, SpecialGroup group, LocalDate from, LocalDate to) {}
        List<Row> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) continue;
            List<String> f = Csv.fields(line);
            if (f.size() < 3 || f.size() > 5) { rejected.add(new Rejected(lineNo, lang.text("csv.columns", f.size()))); continue; }
            String id = f.get(0).strip();
            String name = f.get(1).strip();
            var idProblem = ResidentId.problem(id);
            if (idProblem.isPresent()) {
                rejected.add(new Rejected(lineNo, lang.text("id." + idProblem.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
                continue;
            }
            if (name.isEmpty() || name.length() > 64) { rejected.add(new Rejected(lineNo, lang.text("csv.name"))); continue; }
            var group = groups.find(f.get(2));
            if (group.isEmpty()) { rejected.add(new Rejected(lineNo, lang.text("group.unknown", f.get(2).strip()))); continue; }
            LocalDate from;
            LocalDate to;
            try {
                from = date(f.size() > 3 ? f.get(3) : "");
                to = date(f.size() > 4 ? f.get(4) : "");
            } catch (DateTimeParseException e) {
                rejected.add(new Rejected(lineNo, lang.text("field.date")));
                continue;
            }
            if (from != null && to != null && from.isAfter(to)) { rejected.add(new Rejected(lineNo, lang.text("csv.period"))); continue; }
            rows.add(new Row(lineNo, ResidentId.normalize(id), name, group.get(), from, to));
        }
        int[] counts = db.inTransaction(c -> {
            int imported = 0;
            int unchanged = 0;
            for (Row r : rows) {
                if (People.findOrRegister(c, r.id(), r.name()).isEmpty()) {
                    rejected.add(new Rejected(r.line(), lang.text("csv.name-mismatch")));
                    continue;
                }
                if (SubsidyLists.add(c, region, year, r.id(), r.group(), r.from(), r.to(), officer.key())) imported++; else unchanged++;
            }
            Audit.record(c, officer.masked(), "IMPORT_LIST", "region:" + region + " year:" + year,
                    "imported=" + imported + " unchanged=" + unchanged + " rejected=" + rejected.size() + " encoding=" + text.charset());
            return new int[] {imported, unchanged};
        });
        rejected.sort(java.util.Comparator.comparingInt(Rejected::line));
        return new Result(counts[0], counts[1], List.copyOf(rejected), text.charset());
    }

    private static boolean header(String line) {
        List<String> h = Csv.fields(line.replace("\uFEFF", "")).stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        return h.size() >= 3 && h.equals(HEADER.subList(0, h.size()));
    }

    private static LocalDate date(String s) {
        String t = s.strip();
        if (t.isEmpty()) return null;
        return LocalDate.parse(t.replace('/', '-').replaceAll("^(\\d{4})-(\\d)-", "$1-0$2-").replaceAll("-(\\d)$", "-0$1"));
    }

    record Decoded(String text, String charset) {}

    /** UTF-8 if the bytes are UTF-8; else GBK if they are GBK; else refused. A declared charset is honoured. */
    static Decoded decode(byte[] body, String declared) {
        if (declared != null && !declared.isBlank()) {
            try {
                Charset cs = Charset.forName(declared.strip());
                return new Decoded(strict(body, cs), cs.name());
            } catch (CharacterCodingException | IllegalArgumentException e) {
                throw ProblemException.of(Kind.UNSUPPORTED_MEDIA_TYPE, "detail.csv-encoding");
            }
        }
        try {
            String s = strict(body, StandardCharsets.UTF_8);
            return new Decoded(s.startsWith("\uFEFF") ? s.substring(1) : s, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(body, Charset.forName("GBK")), "GBK");
            } catch (CharacterCodingException e) {
                throw ProblemException.of(Kind.UNSUPPORTED_MEDIA_TYPE, "detail.csv-encoding");
            }
        }
    }

    private static String strict(byte[] b, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b)).toString();
    }
}
