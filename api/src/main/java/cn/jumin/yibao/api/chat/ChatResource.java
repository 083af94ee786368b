package cn.jumin.yibao.api.chat;

import cn.jumin.yibao.api.calc.Areas;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.bot.ChatReply;
import cn.jumin.yibao.bot.ChatRequest;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** POST /api/v1/chat: one turn of a conversation with the chat engine. */
@Path("/api/v1/chat")
@ApplicationScoped
@PermitAll
public class ChatResource {
    static final int MAX_MESSAGE = 2000;

    private final ChatEngine engine;
    private final PolicyLibrary library;

    @Inject
    public ChatResource(ChatEngine engine, PolicyLibrary library) {
        this.engine = engine;
        this.library = library;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ChatReply chat(InputStream body) {
        JsonObject o = JsonIn.object(body);
        Fields f = new Fields();
        String userId = f.string(o, "", "userId", true, 128);
        String message = f.string(o, "", "message", false, MAX_MESSAGE);
        if (message == null && !f.hasFault("message") && !o.containsKey("message")) f.fail("message", "field.required");
        String region = Areas.regionField(library, f, "region", f.string(o, "", "region", false, 64));
        f.throwIfAny();
        return engine.reply(new ChatRequest(userId, message == null ? "" : message, region));
    }
}
