package cn.jumin.yibao.api.wechat;

import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.bot.ChatReply;
import cn.jumin.yibao.bot.ChatRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The chat engine as WeChat sees it: the OpenID is the user id, so conversations continue across messages. */
@ApplicationScoped
public class ChatAnswerer implements Answerer {
    private final ChatEngine engine;

    @Inject
    public ChatAnswerer(ChatEngine engine) { this.engine = engine; }

    @Override
    public String answer(String userId, String text) {
        ChatReply r = engine.reply(new ChatRequest("wx:" + userId, text, null));
        if (r.suggestions().isEmpty() || !r.needsClarification()) return r.reply();
        return r.reply() + "\n（可回复：" + String.join("、", r.suggestions()) + "）";
    }
}
