package cn.jumin.yibao.api.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** RFC 9457 problem details, as sent: {@code errors} lists the fields at fault for bad input. */
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonbNillable(false) List<FieldError> errors) {
    public record FieldError(String field, String message) {}
}
