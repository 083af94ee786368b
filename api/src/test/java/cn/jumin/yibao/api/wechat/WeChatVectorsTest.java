package cn.jumin.yibao.api.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every vector of wechat-vectors.json (a copy in test resources), positive and negative, plus edge cases. */
class WeChatVectorsTest {
    static final JsonObject V = load();

    static JsonObject load() {
        try (InputStream in = WeChatVectorsTest.class.getClassLoader().getResourceAsStream("wechat/wechat-vectors.json")) {
            return Json.createReader(in).readObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject ref(String name) {
        return V.getJsonArray("reference_reproductions").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void urlVerificationVectors() {
        for (JsonValue v : V.getJsonArray("url_verification")) {
            JsonObject o = v.asJsonObject();
            JsonObject q = o.getJsonObject("query");
            String sig = WeChatSignature.of(o.getString("token"), q.getString("timestamp"), q.getString("nonce"));
            assertEquals(o.getString("signature"), sig, o.getString("id"));
            assertTrue(WeChatSignature.matches(sig, q.getString("signature")));
        }
        JsonObject url2 = V.getJsonArray("url_verification").getJsonObject(1);
        assertFalse(WeChatSignature.of("abcTOKEN123", "1735707601", "987654").equals(url2.getString("wrong_signature_if_numeric_sort")));
        JsonObject neg = V.getJsonArray("url_verification_negative").getJsonObject(0);
        JsonObject q = neg.getJsonObject("query");
        assertFalse(WeChatSignature.matches(WeChatSignature.of(neg.getString("token"), q.getString("timestamp"), q.getString("nonce")),
                q.getString("signature")));
    }

    @Test
    void enc1DecryptsToTheInboundQuestion() throws Exception {
        JsonObject e = V.getJsonArray("encrypted_messages").getJsonObject(0);
        assertEquals(e.getString("msg_signature"), WeChatSignature.of(e.getString("token"), e.getString("timestamp"), e.getString("nonce"), e.getString("Encrypt")));
        WeChatCrypto c = new WeChatCrypto(e.getString("encoding_aes_key"), e.getString("appid"));
        String xml = c.decrypt(e.getString("Encrypt"));
        assertEquals(e.getString("plaintext_xml"), xml);
        Map<String, String> f = WeChatXml.parse(xml);
        assertEquals("text", f.get("MsgType"));
        // and the outer body as the platform posts it
        Map<String, String> outer = WeChatXml.parse(e.getJsonObject("http_request").getString("body"));
        assertEquals(e.getString("Encrypt"), outer.get("Encrypt"));
    }

    @Test
    void enc2ReplyEnvelopeIsByteIdentical() {
        JsonObject e = V.getJsonArray("encrypted_messages").getJsonObject(1);
        WeChatCrypto c = new WeChatCrypto(e.getString("encoding_aes_key"), e.getString("appid"));
        String encrypt = c.encrypt(e.getString("plaintext_xml"), e.getString("random_prefix_ascii"));
        assertEquals(e.getString("Encrypt"), encrypt);
        String sig = WeChatSignature.of(e.getString("token"), e.getString("timestamp"), e.getString("nonce"), encrypt);
        assertEquals(e.getString("msg_signature"), sig);
        assertEquals(e.getString("http_response_body"), WeChatXml.encryptedEnvelope(encrypt, sig, e.getString("timestamp"), e.getString("nonce")));
        // pad 32: the unpadded length is a multiple of 32, so a whole block of 0x20 is appended
        assertEquals(32, e.getInt("pad_len"));
        assertEquals(e.getString("plaintext_xml"), WeChatXml.textReply("oQx1s5Xk3Zr8bN2mV7cT9yL4wE6u", "gh_7a1b2c3d4e5f", 1735707601L,
                "您好，关于新生儿参保的问题已收到，正在查询中，请稍候。"));
    }

    @Test
    void negativeVectorsAreRefused() {
        JsonObject base = V.getJsonArray("encrypted_messages").getJsonObject(0);
        JsonObject badSig = V.getJsonArray("encrypted_messages_negative").getJsonObject(0);
        assertFalse(WeChatSignature.matches(WeChatSignature.of(base.getString("token"), badSig.getString("timestamp"), badSig.getString("nonce"),
                badSig.getString("Encrypt")), badSig.getString("msg_signature")));
        JsonObject foreign = V.getJsonArray("encrypted_messages_negative").getJsonObject(1);
        assertTrue(WeChatSignature.matches(WeChatSignature.of(base.getString("token"), foreign.getString("timestamp"), foreign.getString("nonce"),
                foreign.getString("Encrypt")), foreign.getString("msg_signature")), "the signature verifies…");
        WeChatCrypto c = new WeChatCrypto(base.getString("encoding_aes_key"), base.getString("appid"));
        WeChatCrypto.Rejected r = assertThrows(WeChatCrypto.Rejected.class, () -> c.decrypt(foreign.getString("Encrypt")));
        assertEquals("AppID mismatch", r.getMessage(), "…but the AppID trailer is not ours");
    }

    @Test
    void tencentsOfficialSample() throws Exception {
        JsonObject sig = ref("tencent-sample msg_signature").getJsonObject("inputs");
        assertEquals("5d197aaffba7e9b25a30732f161a50dee96bd5fa",
                WeChatSignature.of(sig.getString("token"), sig.getString("timestamp"), sig.getString("nonce"), sig.getString("Encrypt")));
        String key = ref("tencent-sample decrypted AppID trailer").getJsonObject("inputs").getString("encoding_aes_key");
        WeChatCrypto c = new WeChatCrypto(key, "wx2c2769f8efd9abc2");
        String xml = c.decrypt(sig.getString("Encrypt"));
        assertEquals(V.getString("tencent_sample_decrypted_plaintext"), xml);
        assertThrows(WeChatCrypto.Rejected.class, () -> new WeChatCrypto(key, "wx0000000000000000").decrypt(sig.getString("Encrypt")));
        JsonObject re = ref("tencent-sample re-encryption with recovered random prefix is byte-identical");
        assertEquals(re.getString("expected"), c.encrypt(xml, re.getJsonObject("inputs").getString("random_prefix")));
    }

    @Test
    void wxJavaAndWechatpyReproductions() throws Exception {
        // WxJava's WxCryptUtilTest (token pamtest, the official sample key)
        WeChatCrypto wx = new WeChatCrypto("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wxb11529c136998cb6");
        for (String name : List.of("wxjava afterAesEncrypt", "wxjava afterAesEncrypt2")) {
            JsonObject r = ref(name);
            assertEquals(r.getString("expected"), wx.encrypt(r.getJsonObject("inputs").getString("plaintext"), r.getJsonObject("inputs").getString("random")), name);
            assertEquals(r.getJsonObject("inputs").getString("plaintext"), wx.decrypt(r.getString("expected")));
        }
        assertEquals(ref("wxjava SHA1.gen(\"123\",\"345\")").getString("expected"), WeChatSignature.of("123", "345"));
        // wechatpy's tests/test_crypto.py (token 123456)
        WeChatCrypto py = new WeChatCrypto("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", "wx49f0ab532d5d035a");
        String reply = "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n"
                + "<ToUserName><![CDATA[messense]]></ToUserName>\n<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>";
        String enc = py.encrypt(reply, "1234567890123456");
        assertEquals(ref("wechatpy test_encrypt_message Encrypt").getString("expected"), enc);
        assertEquals(ref("wechatpy test_encrypt_message MsgSignature").getString("expected"), WeChatSignature.of("123456", "1411525903", "461056294", enc));
        String inbound = "RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv283dGymzxh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR2/nPwBiT+P4hIiOAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvccTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0=";
        assertEquals(ref("wechatpy test_decrypt_message msg_signature").getString("expected"), WeChatSignature.of("123456", "1411525903", "461056294", inbound));
        Map<String, String> f = WeChatXml.parse(py.decrypt(inbound));
        assertEquals("test", f.get("Content"));
        assertEquals("messense", f.get("FromUserName"));
        JsonObject u = ref("wechatpy tests/test_utils.py check_signature").getJsonObject("inputs");
        assertEquals(ref("wechatpy tests/test_utils.py check_signature").getString("expected"),
                WeChatSignature.of(u.getString("token"), u.getString("timestamp"), u.getString("nonce")));
        JsonObject docs = ref("weixin docs URL-verification example").getJsonObject("inputs");
        assertEquals(ref("weixin docs URL-verification example").getString("expected"),
                WeChatSignature.of(docs.getString("token"), docs.getString("timestamp"), docs.getString("nonce")));
    }

    @Test
    void paddingIsAlwaysToThirtyTwoAndChecked() throws Exception {
        WeChatCrypto c = new WeChatCrypto("Shebao2024NewbornInsuranceTestKey0123456789", "wx5f3a9c2e7b1d4a60");
        for (int len = 0; len < 70; len++) {
            String msg = "a".repeat(len);
            byte[] cipher = Base64.getDecoder().decode(c.encrypt(msg, "0123456789abcdef"));
            assertEquals(0, cipher.length % 32, "len " + len);
            int unpadded = 16 + 4 + len + 18;
            assertEquals(unpadded + (32 - unpadded % 32), cipher.length, "n = 32 when aligned, 1..31 otherwise");
            assertEquals(msg, c.decrypt(c.encrypt(msg)));
        }
        assertThrows(WeChatCrypto.Rejected.class, () -> c.decrypt("not base64 !!"));
        assertThrows(WeChatCrypto.Rejected.class, () -> c.decrypt(Base64.getEncoder().encodeToString(new byte[15])));
        assertThrows(WeChatCrypto.Rejected.class, () -> c.decrypt(Base64.getEncoder().encodeToString(new byte[32])));
    }

    @Test
    void xmlHygiene() throws Exception {
        assertThrows(WeChatXml.Malformed.class, () -> WeChatXml.parse(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Content>&e;</Content></xml>"));
        assertThrows(WeChatXml.Malformed.class, () -> WeChatXml.parse("<notxml/>"));
        assertEquals("ab\tc\nd", WeChatXml.stripControls("a\u001Db\tc\nd\u0000"));
        String reply = WeChatXml.textReply("u", "gh", 1, "x]]>y");
        assertTrue(reply.contains("<![CDATA[x]]]]><![CDATA[>y]]>"), reply);
        assertEquals("x]]>y", WeChatXml.parse(reply).get("Content"));
    }

    @Test
    void longRepliesAreCutAtSentencesWithinTheByteLimit() {
        String text = "楚雄市2021年度城乡居民医保个人缴费标准为每人280元。".repeat(60) + "最后一句😀结束。";
        List<String> parts = ReplySplitter.split(text, ReplySplitter.MAX_BYTES);
        assertTrue(parts.size() >= 2);
        for (String p : parts) assertTrue(p.getBytes(StandardCharsets.UTF_8).length <= 2047);
        for (int i = 0; i < parts.size() - 1; i++) assertTrue(parts.get(i).endsWith("。"), "cut at a sentence end");
        assertEquals(text, String.join("", parts));
        List<String> noStops = ReplySplitter.split("😀".repeat(600), 2047);
        assertEquals("😀".repeat(600), String.join("", noStops));
        for (String p : noStops) assertTrue(p.getBytes(StandardCharsets.UTF_8).length <= 2047 && !Character.isLowSurrogate(p.charAt(0)));
    }
}
