import cn.jumin.yibao.api.wechat.WeChatCrypto;
import cn.jumin.yibao.api.wechat.WeChatSignature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prepares the WeChat load (bench/wechat.sh drives wrk with it): N safe-mode text messages from 50 simulated users,
 * each with a fresh MsgId, encrypted and signed as the platform does, one per line ("path?query \t body").
 *   java -cp "api/target/api.jar:api/target/libs/*" bench/WeChatLoad.java <account> <token> <aes-key> <app-id> <n> <file>
 */
public class WeChatLoad {
    static final List<String> QUESTIONS = List.of("楚雄低保户交多少", "随县一家4口一共交几多", "勐腊新生儿多久内要办", "南川二档多少钱",
            "杜集底保户交多少", "随县什么时候交医保", "楚雄在哪里交医保", "勐腊1月15号补交的啥时候能报", "住院报销比例是多少",
            "那建档立卡的呢", "娃儿3月10号生的啥时候要办医保", "你好");

    public static void main(String[] a) throws Exception {
        String account = a[0], token = a[1], key = a[2], appId = a[3];
        int n = Integer.parseInt(a[4]);
        WeChatCrypto crypto = new WeChatCrypto(key, appId);
        long msgId = 7_500_000_000_000_000_000L + (System.nanoTime() % 1_000_000_000L) * 1000;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[5]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < n; i++) {
                String user = String.format("oLoadUser%019d", i % 50);
                String ts = String.valueOf(1_735_707_600L + i);
                String nonce = String.valueOf(100_000 + i);
                String inner = "<xml><ToUserName><![CDATA[gh_load]]></ToUserName><FromUserName><![CDATA[" + user + "]]></FromUserName>"
                        + "<CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                        + QUESTIONS.get(i % QUESTIONS.size()) + "]]></Content><MsgId>" + (msgId + i) + "</MsgId></xml>";
                String enc = crypto.encrypt(inner);
                String query = "/wechat/" + account + "?signature=" + WeChatSignature.of(token, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce
                        + "&openid=" + user + "&encrypt_type=aes&msg_signature=" + WeChatSignature.of(token, ts, nonce, enc);
                String body = "<xml><ToUserName><![CDATA[gh_load]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>";
                w.println(query + "\t" + body);
            }
        }
    }
}
