package cn.jumin.yibao.api.json;

import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberQuote;
import cn.jumin.yibao.policy.model.Citation;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a household quote. The quote is the hottest response of the public API: JSON-B's reflective serializer took a
 * fifth of its CPU, and with a streaming generator most of what remained was escaping and UTF-8-encoding the same long
 * citation quotes again on every request. Citations come only from the policy files, so each is rendered and encoded
 * once and kept; the rest is escaped into a buffer and encoded between citations. {@code QuoteWriterTest} holds the output equal to JSON-B's.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class QuoteWriter implements MessageBodyWriter<HouseholdQuote> {
    /** UTF-8 JSON of each citation. Bounded by the clauses of the loaded notices (a few hundred): no eviction needed. */
    private static final Map<Citation, byte[]> RENDERED = new ConcurrentHashMap<>();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == HouseholdQuote.class;
    }

    @Override
    public void writeTo(HouseholdQuote q, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(bytes(q));
    }

    public static String json(HouseholdQuote q) { return new String(bytes(q), StandardCharsets.UTF_8); }

    /** Text is gathered in a builder and encoded when a pre-encoded citation is due, so each byte is encoded once. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        final StringBuilder b = new StringBuilder(1024);

        void citation(Citation c) {
            flush();
            bytes.writeBytes(RENDERED.computeIfAbsent(c, QuoteWriter::render));
        }

        void flush() {
            if (b.isEmpty()) return;
            bytes.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
            b.setLength(0);
        }
    }

    static byte[] bytes(HouseholdQuote q) {
        Out o = new Out();
        StringBuilder b = o.b;
        b.append('{');
        field(b, "region", q.region()).append(',');
        b.append("\"year\":").append(q.year()).append(',');
        field(b, "currency", q.currency()).append(',');
        field(b, "paymentDate", q.paymentDate() == null ? null : q.paymentDate().toString()).append(',');
        b.append("\"members\":[");
        List<MemberQuote> members = q.members();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) b.append(',');
            member(o, members.get(i));
        }
        b.append("],");
        money(b, "totalPersonalContribution", q.totalPersonalContribution()).append(',');
        b.append("\"determinate\":").append(q.determinate()).append(',');
        citations(o, q.citations());
        b.append('}');
        o.flush();
        return o.bytes.toByteArray();
    }

    private static void member(Out o, MemberQuote m) {
        StringBuilder b = o.b;
        b.append('{');
        field(b, "ref", m.ref()).append(',');
        b.append("\"tier\":").append(m.tier()).append(',');
        money(b, "standardContribution", m.standardContribution()).append(',');
        money(b, "subsidy", m.subsidy()).append(',');
        field(b, "appliedGroup", m.appliedGroup() == null ? null : m.appliedGroup().name()).append(',');
        money(b, "personalContribution", m.personalContribution()).append(',');
        b.append("\"determinate\":").append(m.determinate()).append(',');
        b.append("\"paymentAllowed\":").append(m.paymentAllowed()).append(',');
        field(b, "window", m.window() == null ? null : m.window().name()).append(',');
        field(b, "benefitStart", m.benefitStart() == null ? null : m.benefitStart().toString()).append(',');
        field(b, "benefitEnd", m.benefitEnd() == null ? null : m.benefitEnd().toString()).append(',');
        field(b, "explanation", m.explanation()).append(',');
        b.append("\"notes\":[");
        for (int i = 0; i < m.notes().size(); i++) {
            if (i > 0) b.append(',');
            string(b, m.notes().get(i));
        }
        b.append("],");
        citations(o, m.citations());
        b.append('}');
    }

    private static void citations(Out o, List<Citation> cites) {
        o.b.append("\"citations\":[");
        for (int i = 0; i < cites.size(); i++) {
            if (i > 0) o.b.append(',');
            o.citation(cites.get(i));
        }
        o.b.append(']');
    }

    private static byte[] render(Citation c) {
        StringBuilder b = new StringBuilder(256).append('{');
        field(b, "documentId", c.documentId()).append(',');
        field(b, "title", c.title()).append(',');
        field(b, "clause", c.clause()).append(',');
        field(b, "quote", c.quote());
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        if (value == null) return b.append("null");
        return string(b, value);
    }

    private static StringBuilder money(StringBuilder b, String name, BigDecimal value) {
        b.append('"').append(name).append("\":");
        return value == null ? b.append("null") : b.append(value.toPlainString());
    }

    /** A JSON string literal (RFC 8259 §7): quote, backslash and control characters escaped. */
    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"');
    }
}
