package cn.jumin.yibao.api.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/** Test tokens signed with the test key (jwt/test-private.pem), and the usual attacks on them. */
public final class Tokens {
    public static final String ISSUER = "https://test.issuer";
    private static final PrivateKey KEY = load();
    private static final PrivateKey OTHER_KEY = generate();

    private Tokens() {}

    public static String resident(String idn) { return sign(claims("resident", "r-" + idn, ISSUER, 60, "idn", idn), KEY); }

    public static String partner(String id, String scope) { return sign(claims("partner", id, ISSUER, 60, "scope", scope), KEY); }

    public static String officer(String id, String region) { return sign(claims("officer", id, ISSUER, 60, "region", region), KEY); }

    public static String signedByAnotherKey(String idn) { return sign(claims("resident", "r", ISSUER, 60, "idn", idn), OTHER_KEY); }

    public static String expired(String idn) { return sign(claims("resident", "r", ISSUER, -5, "idn", idn), KEY); }

    public static String wrongIssuer(String idn) { return sign(claims("resident", "r", "https://evil.example", 60, "idn", idn), KEY); }

    public static String role(String role, String idn) { return sign(claims(role, "x", ISSUER, 60, "idn", idn), KEY); }

    /** The classic "alg": "none" token: a valid payload with no signature. */
    public static String unsigned(String idn) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        String header = b.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b.encodeToString(claims("resident", "r", ISSUER, 60, "idn", idn).toJson().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    static JwtClaims claims(String role, String sub, String issuer, int minutes, String claim, String value) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(issuer);
        c.setSubject(sub);
        c.setClaim("upn", sub);
        c.setStringListClaim("groups", List.of(role));
        c.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - (minutes < 0 ? 3600 : 0)));
        NumericDate exp = NumericDate.now();
        exp.addSeconds(minutes * 60L);
        c.setExpirationTime(exp);
        c.setGeneratedJwtId();
        if (value != null) c.setClaim(claim, value);
        return c;
    }

    static String sign(JwtClaims claims, PrivateKey key) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey load() {
        try (var in = Tokens.class.getClassLoader().getResourceAsStream("jwt/test-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
