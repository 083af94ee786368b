package cn.jumin.yibao.api.wechat;

/** Answers a resident's text; the WeChat layer reaches the chat engine only through this. */
public interface Answerer {
    String answer(String userId, String text);
}
