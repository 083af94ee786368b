package cn.jumin.yibao.api.wechat;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The Official Account callback ({@code GET/POST /wechat/{account}}), speaking the platform's protocol: URL
 * verification; plaintext, compatible and safe (AES) messages; passive text replies (encrypted in safe mode);
 * retries answered once; answers later than {@code wechat.reply-timeout-ms} (default 4000) and the remainder of long
 * answers delivered through the customer-service API. A bad signature is 403 and changes nothing.
 */
@Path("/wechat/{account}")
@ApplicationScoped
@PermitAll
public class WeChatResource {
    private static final Logger LOG = Logger.getLogger(WeChatResource.class.getName());
    static final int MAX_BODY = 64 * 1024;
    static final String SUCCESS = "success";
    static final String WELCOME = "欢迎关注！我可以解答城乡居民医保参保缴费的问题（楚雄市、勐腊县、南川区南城街道、杜集区、随县）。您可以这样问：\n"
            + "1. 楚雄低保户今年交多少？\n2. 娃儿3月10号生的，啥时候要办医保？\n3. 随县一家4口一共交几多？";
    static final String TYPE_PLEASE = "暂时只能看懂文字消息，请把您的问题打字发给我，例如“楚雄低保户交多少”。";
    static final String TRY_LATER = "抱歉，暂时没能回答您的问题，请稍后再试，或拨打医保服务热线12393。";

    private final WeChatAccounts accounts;
    private final ReplyCache cache;
    private final Answerer answerer;
    private final CustomerServiceClient customerService;
    private final long timeoutMillis;

    @Inject
    public WeChatResource(WeChatAccounts accounts, ReplyCache cache, Answerer answerer, CustomerServiceClient customerService, Config config) {
        this.accounts = accounts;
        this.cache = cache;
        this.answerer = answerer;
        this.customerService = customerService;
        this.timeoutMillis = config.getOptionalValue("wechat.reply-timeout-ms", Long.class).orElse(4000L);
    }

    @GET
    public Response verify(@PathParam("account") String account, @QueryParam("signature") String signature,
                           @QueryParam("timestamp") String timestamp, @QueryParam("nonce") String nonce,
                           @QueryParam("echostr") String echostr) {
        WeChatAccounts.Account a = accounts.find(account).orElse(null);
        if (a == null) return Response.status(404).type(MediaType.TEXT_PLAIN).entity("unknown account").build();
        if (timestamp == null || nonce == null || echostr == null
                || !WeChatSignature.matches(WeChatSignature.of(a.token(), timestamp, nonce), signature)) {
            return forbidden();
        }
        return Response.ok(echostr, MediaType.TEXT_PLAIN).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("account") String account, @QueryParam("signature") String signature,
                            @QueryParam("timestamp") String timestamp, @QueryParam("nonce") String nonce,
                            @QueryParam("encrypt_type") String encryptType, @QueryParam("msg_signature") String msgSignature,
                            @HeaderParam("Content-Length") Long contentLength, InputStream body) {
        long arrived = System.nanoTime();
        WeChatAccounts.Account a = accounts.find(account).orElse(null);
        if (a == null) return Response.status(404).type(MediaType.TEXT_PLAIN).entity("unknown account").build();
        if (contentLength != null && contentLength > MAX_BODY) return tooLarge();
        if (timestamp == null || nonce == null || !WeChatSignature.matches(WeChatSignature.of(a.token(), timestamp, nonce), signature)) {
            return forbidden();
        }
        byte[] raw = read(body);
        if (raw == null) return tooLarge();
        boolean encrypted = "aes".equalsIgnoreCase(encryptType);
        Map<String, String> fields;
        try {
            if (encrypted) {
                Map<String, String> outer = WeChatXml.parse(new String(raw, StandardCharsets.UTF_8));
                String encrypt = outer.get("Encrypt");
                if (encrypt == null || !a.canDecrypt()) return badRequest();
                if (!WeChatSignature.matches(WeChatSignature.of(a.token(), timestamp, nonce, encrypt), msgSignature)) return forbidden();
                String inner;
                try {
                    inner = new WeChatCrypto(a.aesKey(), a.appId()).decrypt(encrypt);
                } catch (WeChatCrypto.Rejected e) {
                    LOG.warning(() -> "wechat " + a.name() + ": encrypted message refused: " + e.getMessage());
                    return forbidden();
                }
                fields = WeChatXml.parse(WeChatXml.stripControls(inner));
            } else {
                fields = WeChatXml.parse(WeChatXml.stripControls(new String(raw, StandardCharsets.UTF_8)));
            }
        } catch (WeChatXml.Malformed e) {
            return badRequest();
        }
        InboundMessage msg = InboundMessage.of(fields);
        if (msg.fromUser() == null || msg.toUser() == null || msg.msgType() == null) return badRequest();

        ReplyCache.Entry entry = cache.entry(msg.dedupeKey(a.name()), () -> answer(msg));
        if (entry.route.get() == ReplyCache.Route.CUSTOMER_SERVICE) return success();
        long left = timeoutMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrived);
        String answer;
        try {
            answer = entry.answer.get(Math.max(1, left), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            if (entry.claim(ReplyCache.Route.CUSTOMER_SERVICE) == ReplyCache.Route.CUSTOMER_SERVICE) {
                entry.answer.whenComplete((text, error) -> {
                    if (text != null) customerService.sendLater(a, msg.fromUser(), ReplySplitter.split(text, ReplySplitter.MAX_BYTES));
                    else if (error != null) customerService.sendLater(a, msg.fromUser(), List.of(TRY_LATER));
                });
                return success();
            }
            answer = entry.answer.join(); // another delivery already claimed the passive route and had its answer
        } catch (ExecutionException e) {
            answer = TRY_LATER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return success();
        }
        if (entry.claim(ReplyCache.Route.PASSIVE) != ReplyCache.Route.PASSIVE) return success();
        if (answer == null) return success();
        List<String> parts = ReplySplitter.split(answer, ReplySplitter.MAX_BYTES);
        if (parts.size() > 1 && entry.restSent.compareAndSet(false, true)) {
            customerService.sendLater(a, msg.fromUser(), parts.subList(1, parts.size()));
        }
        String reply = WeChatXml.textReply(msg.fromUser(), msg.toUser(), System.currentTimeMillis() / 1000, parts.get(0));
        if (!encrypted) return Response.ok(reply, "application/xml; charset=utf-8").build();
        String enc = new WeChatCrypto(a.aesKey(), a.appId()).encrypt(reply);
        return Response.ok(WeChatXml.encryptedEnvelope(enc, WeChatSignature.of(a.token(), timestamp, nonce, enc), timestamp, nonce),
                "application/xml; charset=utf-8").build();
    }

    /** What a message is answered with; null means no reply (the platform gets "success"). */
    String answer(InboundMessage msg) {
        String type = msg.msgType().toLowerCase(Locale.ROOT);
        switch (type) {
            case "text":
                return msg.content() == null || msg.content().isBlank() ? TYPE_PLEASE : nonEmpty(answerer.answer(msg.fromUser(), msg.content()));
            case "voice":
                return msg.recognition() == null || msg.recognition().isBlank() ? TYPE_PLEASE
                        : nonEmpty(answerer.answer(msg.fromUser(), msg.recognition()));
            case "event":
                return "subscribe".equalsIgnoreCase(msg.event()) ? WELCOME : null;
            default:
                return TYPE_PLEASE;
        }
    }

    private static String nonEmpty(String s) { return s == null || s.isBlank() ? TRY_LATER : s; }

    /** The body, or null when it is over 64 KiB (refused without reading the rest). */
    private static byte[] read(InputStream body) {
        try {
            byte[] b = body.readNBytes(MAX_BODY + 1);
            return b.length > MAX_BODY ? null : b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response success() { return Response.ok(SUCCESS, MediaType.TEXT_PLAIN).build(); }

    private static Response forbidden() { return Response.status(403).type(MediaType.TEXT_PLAIN).entity("forbidden").build(); }

    private static Response badRequest() { return Response.status(400).type(MediaType.TEXT_PLAIN).entity("bad request").build(); }

    private static Response tooLarge() { return Response.status(413).type(MediaType.TEXT_PLAIN).entity("too large").build(); }
}
