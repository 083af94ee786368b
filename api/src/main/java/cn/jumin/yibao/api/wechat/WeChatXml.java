package cn.jumin.yibao.api.wechat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The platform's XML, read safely (no DOCTYPE, no external entities, no XInclude) and written with CDATA.
 * Only the flat children of {@code <xml>} are read; unknown elements are kept and ignored by callers.
 */
public final class WeChatXml {
    private WeChatXml() {}

    /** A body that is not the platform's XML (including any DOCTYPE, hence any XXE attempt). */
    public static final class Malformed extends Exception {
        public Malformed(String message) { super(message); }
    }

    /**
     * One factory, configured once: {@code DocumentBuilderFactory.newInstance()} searches every jar's
     * META-INF/services on each call, which was the largest single cost of a WeChat message under load.
     */
    private static final DocumentBuilderFactory FACTORY = safeFactory();
    /** Builders are reused after {@code reset()}; a builder is never shared by two threads at once. */
    private static final Queue<DocumentBuilder> BUILDERS = new ConcurrentLinkedQueue<>();
    private static final int MAX_POOLED = 64;

    private static DocumentBuilderFactory safeFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilder b = BUILDERS.poll();
        if (b != null) return b;
        synchronized (FACTORY) {
            b = FACTORY.newDocumentBuilder();
        }
        b.setErrorHandler(null);
        return b;
    }

    private static void release(DocumentBuilder b) {
        b.reset();
        b.setErrorHandler(null);
        if (BUILDERS.size() < MAX_POOLED) BUILDERS.offer(b);
    }

    public static Map<String, String> parse(String xml) throws Malformed {
        DocumentBuilder b = null;
        try {
            b = builder();
            Document d = b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            if (!"xml".equals(d.getDocumentElement().getNodeName())) throw new Malformed("root element is not <xml>");
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = d.getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) fields.put(n.getNodeName(), n.getTextContent());
            }
            return fields;
        } catch (Malformed e) {
            throw e;
        } catch (Exception e) {
            throw new Malformed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (b != null) release(b);
        }
    }

    /** Inbound CDATA may carry raw C0 controls that XML 1.0 forbids: dropped (tab, CR, LF kept). */
    public static String stripControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
        }
        return b.toString();
    }

    static String cdata(String s) { return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>"; }

    /** A passive text reply: to the user who wrote, from the account, with integer seconds. */
    public static String textReply(String toUser, String fromAccount, long createTime, String content) {
        return "<xml><ToUserName>" + cdata(toUser) + "</ToUserName><FromUserName>" + cdata(fromAccount)
                + "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType>" + cdata("text")
                + "</MsgType><Content>" + cdata(content) + "</Content></xml>";
    }

    /** The safe-mode envelope; MsgSignature signs exactly the values sent. */
    public static String encryptedEnvelope(String encrypt, String signature, String timestamp, String nonce) {
        return "<xml>\n<Encrypt>" + cdata(encrypt) + "</Encrypt>\n<MsgSignature>" + cdata(signature) + "</MsgSignature>\n<TimeStamp>"
                + timestamp + "</TimeStamp>\n<Nonce>" + cdata(nonce) + "</Nonce>\n</xml>";
    }

    static LinkedHashMap<String, String> copy(Map<String, String> m) { return new LinkedHashMap<>(m); }
}
