package cn.jumin.yibao.policy.load;

/** A policy or corpus file that cannot be used; the message names the file, the path inside it and the problem. */
public class PolicyDataException extends RuntimeException {
    public PolicyDataException(String message) { super(message); }
    public PolicyDataException(String message, Throwable cause) { super(message, cause); }
}
