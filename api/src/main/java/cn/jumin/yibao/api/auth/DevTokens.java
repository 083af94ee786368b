package cn.jumin.yibao.api.auth;

import java.nio.file.Path;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * Mints a token signed with the development key, for trying the API on the embedded default (bin/token):
 * <pre>
 *   resident &lt;idNumber&gt;            e.g. resident 532301198003150017
 *   partner  &lt;clientId&gt; [scopes]     e.g. partner bank-app payments
 *   officer  &lt;officerId&gt; &lt;region&gt;   e.g. officer chuxiong-01 532301
 * </pre>
 * Valid for 12 hours. Only the development key is used; production tokens come from the real identity provider.
 */
public final class DevTokens {
    private DevTokens() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: token resident <idNumber> | partner <clientId> [scopes] | officer <officerId> <region>");
            System.exit(2);
        }
        System.out.println(mint(DevKeys.dataDir(), args[0], args[1], args.length > 2 ? args[2] : null, 12 * 60));
    }

    public static String mint(Path dataDir, String role, String subject, String extra, int minutes) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevKeys.ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(minutes);
        claims.setGeneratedJwtId();
        switch (role) {
            case "resident" -> claims.setClaim("idn", subject);
            case "partner" -> claims.setClaim("scope", extra == null ? "payments" : extra);
            case "officer" -> claims.setClaim("region", extra);
            default -> throw new IllegalArgumentException("role must be resident, partner or officer");
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(DevKeys.privateKey(dataDir));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }
}
