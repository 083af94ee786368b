package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.support.Http;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** POST /api/v1/chat and GET /api/v1/kb/search over HTTP, including bad input. */
@HelidonTest
class ChatApiTest {
    @Inject WebTarget target;

    Http http() { return new Http(target.getUri()); }

    JsonObject chat(String user, String message) {
        Http.Reply r = http().postJson("/api/v1/chat", "{\"userId\":\"" + user + "\",\"message\":\"" + message + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.object();
    }

    @Test
    void aConversationOverHttp() {
        JsonObject r = chat("wx-1", "楚雄低保户交医保自己要出好多");
        assertTrue(r.getString("reply").contains("160元"), r.toString());
        assertEquals("FEE", r.getString("intent"));
        assertTrue(r.getJsonArray("citations").getJsonObject(0).containsKey("quote"));
        r = chat("wx-1", "那建档立卡的呢");
        assertTrue(r.getString("reply").contains("100元"), r.toString());
        JsonObject ask = chat("wx-2", "新生儿多久内要办");
        assertTrue(ask.getBoolean("needsClarification"));
        assertEquals(5, ask.getJsonArray("suggestions").size());
        JsonObject given = http().postJson("/api/v1/chat", "{\"userId\":\"wx-3\",\"message\":\"新生儿多久内要办\",\"region\":\"杜集\"}").object();
        assertTrue(given.getString("reply").contains("90天"), given.toString());
    }

    @Test
    void weChatMessagesReachTheChatEngineAndContinueTheConversation() throws Exception {
        String ts = String.valueOf(java.time.Instant.now().getEpochSecond());
        String q = "?signature=" + cn.jumin.yibao.api.wechat.WeChatSignature.of("PlainToken123", ts, "42") + "&timestamp=" + ts + "&nonce=42";
        String first = "<xml><ToUserName>gh</ToUserName><FromUserName>oWiring1</FromUserName><CreateTime>" + ts
                + "</CreateTime><MsgType>text</MsgType><Content>楚雄低保户交多少</Content><MsgId>9100000000000000001</MsgId></xml>";
        Http.Reply r = http().send("POST", "/wechat/plain" + q, "text/xml", first);
        assertTrue(cn.jumin.yibao.api.wechat.WeChatXml.parse(r.body()).get("Content").contains("160元"), r.body());
        String next = first.replace("楚雄低保户交多少", "那建档立卡的呢").replace("9100000000000000001", "9100000000000000002");
        r = http().send("POST", "/wechat/plain" + q, "text/xml", next);
        assertTrue(cn.jumin.yibao.api.wechat.WeChatXml.parse(r.body()).get("Content").contains("100元"), "the OpenID carries the conversation: " + r.body());
    }

    @Test
    void badChatInputIsAPoliteReplyOrA400() {
        assertEquals("INVALID", chat("b", "").getString("intent"));
        assertEquals("INVALID", chat("b", "\\u0000\\u0001").getString("intent"));
        Http.Reply missing = http().postJson("/api/v1/chat", "{\"message\":\"你好\"}");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("userId"));
        Http.Reply huge = http().postJson("/api/v1/chat", "{\"userId\":\"b\",\"message\":\"" + "问".repeat(10_000) + "\"}");
        assertEquals(400, huge.status());
        assertTrue(huge.body().contains("\"message\""), huge.body());
        assertEquals(400, http().postJson("/api/v1/chat", "{\"userId\":\"b\",\"message\":\"你好\",\"region\":\"火星\"}").status());
        assertEquals(415, http().send("POST", "/api/v1/chat", "text/plain", "你好").status());
    }

    @Test
    void searchRanksTheClauseAndFiltersByArea() {
        String q = URLEncoder.encode("楚雄低保户交医保自己要出好多", StandardCharsets.UTF_8);
        JsonObject r = http().get("/api/v1/kb/search?q=" + q + "&limit=3").object();
        assertEquals(3, r.getJsonArray("hits").size());
        assertTrue(r.getJsonArray("hits").stream().allMatch(h -> h.asJsonObject().getString("documentId").equals("532301-2021")), r.toString());
        assertTrue(r.getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getString("clause").equals("六、(六)")), r.toString());
        JsonObject sx = http().get("/api/v1/kb/search?q=" + URLEncoder.encode("返乡人员什么时候交", StandardCharsets.UTF_8) + "&region=421321&year=2021&limit=5").object();
        assertTrue(sx.getJsonArray("hits").stream().allMatch(h -> h.asJsonObject().getString("documentId").equals("421321-2021")));
        assertEquals("四、", sx.getJsonArray("hits").getJsonObject(0).getString("clause"), sx.toString());
        assertEquals(400, http().get("/api/v1/kb/search").status());
        assertEquals(400, http().get("/api/v1/kb/search?q=x&limit=0").status());
        assertEquals(400, http().get("/api/v1/kb/search?q=x&region=%E7%81%AB%E6%98%9F").status());
    }
}
