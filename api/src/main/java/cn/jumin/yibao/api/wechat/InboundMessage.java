package cn.jumin.yibao.api.wechat;

import java.util.Map;

/** A message or event from a WeChat user, as the platform sends it (fields we use; others are ignored). */
public record InboundMessage(String toUser, String fromUser, String createTime, String msgType, String msgId,
                             String content, String recognition, String event, String eventKey) {

    static InboundMessage of(Map<String, String> f) {
        return new InboundMessage(f.get("ToUserName"), f.get("FromUserName"), f.get("CreateTime"), f.get("MsgType"),
                f.get("MsgId"), f.get("Content"), f.get("Recognition"), f.get("Event"), f.get("EventKey"));
    }

    /** Retries carry the same key: MsgId for messages; sender, time and event for events. */
    String dedupeKey(String account) {
        if (msgId != null && !msgId.isBlank()) return account + "|m|" + msgId.strip();
        return account + "|e|" + fromUser + "|" + createTime + "|" + (event == null ? "" : event.toLowerCase(java.util.Locale.ROOT))
                + "|" + (eventKey == null ? "" : eventKey);
    }

    boolean isEvent() { return "event".equalsIgnoreCase(msgType); }
}
