package cn.jumin.yibao.policy.engine;

import java.util.List;

/** Thrown by the engine for input the notice cannot be applied to; carries one error per field. */
public class PolicyInputException extends RuntimeException {
    private final List<InputError> errors;

    public PolicyInputException(List<InputError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() { return errors; }
}
