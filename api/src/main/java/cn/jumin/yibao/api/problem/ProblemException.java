package cn.jumin.yibao.api.problem;

import java.util.List;

/**
 * Any failure that becomes a problem response. {@code kind} gives status, type and title; the detail and field
 * messages are keys worded by {@link ProblemMapper} in the caller's language.
 */
public class ProblemException extends RuntimeException {
    public enum Kind {
        INVALID_INPUT(400, "invalid-input"), MALFORMED_JSON(400, "malformed-json"), BAD_REQUEST(400, "bad-request"),
        UNAUTHORIZED(401, "unauthorized"), FORBIDDEN(403, "forbidden"), NOT_FOUND(404, "not-found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed"), NOT_ACCEPTABLE(406, "not-acceptable"), CONFLICT(409, "conflict"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large"), UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
        UNPROCESSABLE(422, "unprocessable"), INTERNAL(500, "internal");

        public final int status;
        public final String slug;

        Kind(int status, String slug) { this.status = status; this.slug = slug; }
    }

    private final Kind kind;
    private final String detailKey;
    private final List<Object> detailArgs;
    private final List<Fault> faults;

    public ProblemException(Kind kind, String detailKey, List<Object> detailArgs, List<Fault> faults) {
        super(kind + ": " + detailKey + " " + detailArgs + " " + faults);
        this.kind = kind;
        this.detailKey = detailKey;
        this.detailArgs = List.copyOf(detailArgs);
        this.faults = List.copyOf(faults);
    }

    public static ProblemException of(Kind kind, String detailKey, Object... args) {
        return new ProblemException(kind, detailKey, List.of(args), List.of());
    }

    public static ProblemException invalid(List<Fault> faults) {
        return new ProblemException(Kind.INVALID_INPUT, "detail.invalid-input", List.of(faults.size()), faults);
    }

    public static ProblemException invalid(Fault fault) { return invalid(List.of(fault)); }

    public Kind kind() { return kind; }
    public String detailKey() { return detailKey; }
    public List<Object> detailArgs() { return detailArgs; }
    public List<Fault> faults() { return faults; }
}
