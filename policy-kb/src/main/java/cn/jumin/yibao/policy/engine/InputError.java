package cn.jumin.yibao.policy.engine;

import java.util.List;

/**
 * Input the policy cannot be applied to (an unknown tier for the area, a newborn without a birth date …).
 * {@code field} is the JSON path of the offending field; {@code key} and {@code args} let the edge word it
 * in the caller's language.
 */
public record InputError(String field, String key, List<Object> args) {
    public static InputError of(String field, String key, Object... args) { return new InputError(field, key, List.of(args)); }
}
