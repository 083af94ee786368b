package cn.jumin.yibao.api.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.support.Http;
import io.helidon.microprofile.testing.AddBean;
import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Plays the WeChat platform against the running server over HTTP: verification, plaintext, compatible and safe-mode
 * messages, retries, bad signatures, a foreign AppID, XXE, oversize bodies, events, voice, and the customer-service
 * API (a local stub) for slow and long answers.
 */
@HelidonTest
@AddBean(ScriptedAnswerer.class)
@AddConfig(key = "wechat.reply-timeout-ms", value = "1500")
class WeChatEndToEndTest {
    static final String TOKEN = "ShebaoQA2024";
    static final String KEY = "Shebao2024NewbornInsuranceTestKey0123456789";
    static final String APP_ID = "wx5f3a9c2e7b1d4a60";
    static final String OPENID = "oQx1s5Xk3Zr8bN2mV7cT9yL4wE6u";
    static final PlatformStub STUB = start();
    static final AtomicLong MSG_ID = new AtomicLong(7_300_000_000_000_000_000L); // beyond 2^53, as the platform's are

    static PlatformStub start() {
        try {
            PlatformStub s = new PlatformStub();
            System.setProperty("wechat.api-base-url", s.base()); // read by the server this class starts
            return s;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        STUB.close();
        System.clearProperty("wechat.api-base-url");
    }

    @Inject WebTarget target;

    Http http() { return new Http(target.getUri()); }

    static String query(String timestamp, String nonce, String encryptBody) {
        String q = "?signature=" + WeChatSignature.of(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce + "&openid=" + OPENID;
        if (encryptBody != null) q += "&encrypt_type=aes&msg_signature=" + WeChatSignature.of(TOKEN, timestamp, nonce, encryptBody);
        return q;
    }

    static String textXml(String content, long msgId) {
        return "<xml><ToUserName><![CDATA[gh_7a1b2c3d4e5f]]></ToUserName><FromUserName><![CDATA[" + OPENID + "]]></FromUserName>"
                + "<CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    Http.Reply plain(String xml) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return http().send("POST", "/wechat/test" + query(ts, "12345", null), "text/xml", xml);
    }

    Http.Reply safe(String innerXml) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String enc = new WeChatCrypto(KEY, APP_ID).encrypt(innerXml);
        String body = "<xml><ToUserName><![CDATA[gh_7a1b2c3d4e5f]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>";
        return http().send("POST", "/wechat/test" + query(ts, "67890", enc), "text/xml", body);
    }

    static Map<String, String> fields(String xml) throws Exception { return WeChatXml.parse(xml); }

    @Test
    void urlVerification() {
        String ts = "1735707600";
        Http.Reply ok = http().get("/wechat/test?signature=d86154efae8522c085bf282089b88c14eb786edb&timestamp=" + ts
                + "&nonce=1803528697&echostr=5837462910293847561");
        assertEquals(200, ok.status());
        assertEquals("5837462910293847561", ok.body());
        assertTrue(ok.contentType().startsWith("text/plain"));
        Http.Reply bad = http().get("/wechat/test?signature=d86154efae8522c085bf282089b88c14eb786ed0&timestamp=" + ts
                + "&nonce=1803528697&echostr=5837462910293847561");
        assertEquals(403, bad.status());
        assertFalse(bad.body().contains("5837462910293847561"));
        assertEquals(404, http().get("/wechat/nobody?signature=x&timestamp=1&nonce=2&echostr=3").status());
    }

    @Test
    void plaintextQuestionGetsAPassiveReply() throws Exception {
        Http.Reply r = plain(textXml("你好", MSG_ID.incrementAndGet()));
        assertEquals(200, r.status(), r.body());
        Map<String, String> f = fields(r.body());
        assertEquals(OPENID, f.get("ToUserName"));
        assertEquals("gh_7a1b2c3d4e5f", f.get("FromUserName"));
        assertEquals("text", f.get("MsgType"));
        assertEquals("答：你好", f.get("Content"));
        assertTrue(Long.parseLong(f.get("CreateTime")) > 1_700_000_000L && Long.parseLong(f.get("CreateTime")) < 10_000_000_000L, "seconds");
    }

    @Test
    void safeAndCompatibleModesReplyEncrypted() throws Exception {
        for (boolean compatible : new boolean[] {false, true}) {
            String inner = textXml("新生儿怎么参保", MSG_ID.incrementAndGet());
            String ts = String.valueOf(Instant.now().getEpochSecond());
            String enc = new WeChatCrypto(KEY, APP_ID).encrypt(inner);
            String body = compatible ? inner.replace("</xml>", "<Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>")
                    : "<xml><ToUserName><![CDATA[gh_7a1b2c3d4e5f]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>";
            Http.Reply r = http().send("POST", "/wechat/test" + query(ts, "555", enc), "text/xml", body);
            assertEquals(200, r.status(), r.body());
            Map<String, String> env = fields(r.body());
            assertEquals(WeChatSignature.of(TOKEN, env.get("TimeStamp"), env.get("Nonce"), env.get("Encrypt")), env.get("MsgSignature"));
            Map<String, String> reply = fields(new WeChatCrypto(KEY, APP_ID).decrypt(env.get("Encrypt")));
            assertEquals("答：新生儿怎么参保", reply.get("Content"));
            assertEquals(OPENID, reply.get("ToUserName"));
        }
    }

    @Test
    void threeConcurrentRetriesAreAnsweredOnceWithOneAnswer() throws Exception {
        String xml = textXml("稍慢的问题", MSG_ID.incrementAndGet());
        int before = ScriptedAnswerer.CALLS.get();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<String>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) deliveries.add(() -> fields(plain(xml).body()).get("Content"));
            List<String> contents = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(deliveries, 30, TimeUnit.SECONDS)) contents.add(f.get());
            assertEquals(List.of("答：稍慢的问题", "答：稍慢的问题", "答：稍慢的问题"), contents);
            assertEquals(before + 1, ScriptedAnswerer.CALLS.get(), "answered once");
            assertEquals("答：稍慢的问题", fields(plain(xml).body()).get("Content"), "a late retry gets the cached answer");
            assertEquals(before + 1, ScriptedAnswerer.CALLS.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badSignaturesAndForeignAppIdsChangeNothing() {
        int before = ScriptedAnswerer.CALLS.get();
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String xml = textXml("不该被回答", MSG_ID.incrementAndGet());
        assertEquals(403, http().send("POST", "/wechat/test?signature=0000&timestamp=" + ts + "&nonce=1", "text/xml", xml).status());
        String enc = new WeChatCrypto(KEY, APP_ID).encrypt(xml);
        String body = "<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>";
        String badMsgSig = "?signature=" + WeChatSignature.of(TOKEN, ts, "1") + "&timestamp=" + ts + "&nonce=1&encrypt_type=aes&msg_signature=abc";
        assertEquals(403, http().send("POST", "/wechat/test" + badMsgSig, "text/xml", body).status());
        String foreign = new WeChatCrypto(KEY, "wx0000000000000000").encrypt(xml);
        String fbody = "<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[" + foreign + "]]></Encrypt></xml>";
        assertEquals(403, http().send("POST", "/wechat/test" + query(ts, "1", foreign), "text/xml", fbody).status());
        assertEquals(before, ScriptedAnswerer.CALLS.get(), "nothing was processed");
        assertEquals(404, http().send("POST", "/wechat/stranger" + query(ts, "1", null), "text/xml", xml).status());
    }

    @Test
    void xxeAndOversizeBodiesAreRefused() {
        int before = ScriptedAnswerer.CALLS.get();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>" + OPENID + "</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>";
        Http.Reply r = plain(xxe);
        assertEquals(400, r.status());
        assertEquals(before, ScriptedAnswerer.CALLS.get());
        String huge = textXml("x".repeat(70 * 1024), MSG_ID.incrementAndGet());
        assertEquals(413, plain(huge).status());
    }

    @Test
    void eventsVoiceAndOtherTypes() throws Exception {
        long now = Instant.now().getEpochSecond();
        String subscribe = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>"
                + now + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[]]></EventKey></xml>";
        String welcome = fields(plain(subscribe).body()).get("Content");
        assertTrue(welcome.contains("楚雄低保户今年交多少") && welcome.contains("娃儿3月10号生的") && welcome.contains("随县一家4口"), welcome);
        assertEquals("success", plain(subscribe.replace("subscribe", "unsubscribe")).body());
        assertEquals("success", plain(subscribe.replace("subscribe", "VIEW")).body());
        String voice = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>" + now
                + "</CreateTime><MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m]]></MediaId><Format><![CDATA[amr]]></Format>"
                + "<Recognition><![CDATA[随县交多少]]></Recognition><MsgId>" + MSG_ID.incrementAndGet() + "</MsgId></xml>";
        assertEquals("答：随县交多少", fields(plain(voice).body()).get("Content"));
        String silent = voice.replace("随县交多少", "").replaceAll("<MsgId>\\d+", "<MsgId>" + MSG_ID.incrementAndGet());
        assertTrue(fields(plain(silent).body()).get("Content").contains("打字"));
        String image = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>" + now
                + "</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.jpg]]></PicUrl><MsgId>" + MSG_ID.incrementAndGet() + "</MsgId></xml>";
        assertTrue(fields(plain(image).body()).get("Content").contains("打字"));
        String controls = textXml("你\u001D好", MSG_ID.incrementAndGet());
        assertEquals("答：你好", fields(plain(controls).body()).get("Content"), "control characters stripped after verification");
    }

    @Test
    void aSlowAnswerGoesThroughTheCustomerServiceApi() throws Exception {
        String xml = textXml("慢的问题", MSG_ID.incrementAndGet());
        long start = System.nanoTime();
        Http.Reply r = plain(xml);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals("success", r.body());
        assertTrue(ms < 2500, "answered at the 1.5 s timeout, well before the 3 s answer, took " + ms + " ms");
        assertEquals("success", plain(xml).body(), "a retry of a deferred answer gets success, not a second answer");
        // Other tests deliver through the same stub concurrently (the rest of a long answer), so count only this answer.
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (slowDeliveries().isEmpty() && Instant.now().isBefore(until)) Thread.sleep(50);
        List<String> sent = slowDeliveries();
        assertEquals(1, sent.size(), "delivered through the customer-service API: " + sent);
        assertTrue(sent.get(0).contains("\"touser\":\"" + OPENID + "\"") && sent.get(0).contains("\"msgtype\":\"text\""), sent.get(0));
        Thread.sleep(300);
        assertEquals(1, slowDeliveries().size(), "delivered once");
    }

    private static List<String> slowDeliveries() {
        return STUB.sent.stream().filter(m -> m.contains("答：慢的问题")).toList();
    }

    @Test
    void aLongAnswerIsSplitAtSentences() throws Exception {
        long restBefore = STUB.sent.stream().filter(m -> m.contains("280元")).count();
        Map<String, String> reply = fields(plain(textXml("长回答", MSG_ID.incrementAndGet())).body());
        String first = reply.get("Content");
        assertTrue(first.getBytes(StandardCharsets.UTF_8).length <= 2047);
        assertTrue(first.endsWith("。"));
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (STUB.sent.stream().filter(m -> m.contains("280元")).count() == restBefore && Instant.now().isBefore(until)) Thread.sleep(50);
        assertTrue(STUB.sent.stream().filter(m -> m.contains("280元")).count() > restBefore, "the rest went through the customer-service API");
    }
}
