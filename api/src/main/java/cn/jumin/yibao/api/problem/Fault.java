package cn.jumin.yibao.api.problem;

import java.util.List;

/** A field at fault, with a message key and arguments to word it in the caller's language. */
public record Fault(String field, String key, List<Object> args) {
    public static Fault of(String field, String key, Object... args) { return new Fault(field, key, List.of(args)); }
}
