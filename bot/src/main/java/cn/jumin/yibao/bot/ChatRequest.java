package cn.jumin.yibao.bot;

/** One message from a resident. {@code region} is optional: a code or name the channel already knows. */
public record ChatRequest(String userId, String message, String region) {}
