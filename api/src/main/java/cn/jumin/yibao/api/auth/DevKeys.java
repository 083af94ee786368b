package cn.jumin.yibao.api.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The development key pair for the embedded default: generated on first start in the data directory, used only
 * when no public key is configured and {@code app.dev-mode} is not false.
 */
public final class DevKeys {
    public static final String ISSUER = "https://dev.medins.local";
    static final String PUBLIC = "dev-jwt-public.pem";
    static final String PRIVATE = "dev-jwt-private.pem";

    private DevKeys() {}

    /** Whether the development keys apply: dev mode on, and neither mp.jwt.verify.publickey nor .location configured. */
    public static boolean apply() {
        return !"false".equalsIgnoreCase(setting("app.dev-mode"))
                && setting("mp.jwt.verify.publickey") == null && setting("mp.jwt.verify.publickey.location") == null;
    }

    public static Path dataDir() {
        String d = setting("app.data-dir");
        return Path.of(d == null || d.isBlank() ? "data" : d);
    }

    /** Keys being generated early for a data directory. */
    private record Pending(Path dir, CompletableFuture<Path> publicKey) {}

    private static volatile Pending early;

    /**
     * On a first start, begins generating the key pair on its own thread as soon as configuration is read, so the
     * RSA prime search (up to a second on a cold JVM) overlaps CDI start-up instead of preceding the first answer.
     */
    static synchronized void startEarly() {
        if (early != null || !apply()) return;
        Path dir = dataDir();
        if (Files.exists(dir.resolve(PUBLIC)) && Files.exists(dir.resolve(PRIVATE))) return;
        CompletableFuture<Path> key = new CompletableFuture<>();
        early = new Pending(dir, key);
        Thread.ofPlatform().name("dev-key-generation").start(() -> {
            try {
                key.complete(generate(dir));
            } catch (RuntimeException e) {
                key.completeExceptionally(e);
            }
        });
    }

    /** The public key file, generating the pair if it does not exist yet. */
    public static Path publicKey() {
        Path dir = dataDir();
        Pending pending = early;
        if (pending == null || !pending.dir().equals(dir)) return generate(dir);
        try {
            return pending.publicKey().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }


    private static synchronized Path generate(Path dir) {
        Path pub = dir.resolve(PUBLIC);
        Path priv = dir.resolve(PRIVATE);
        if (Files.exists(pub) && Files.exists(priv)) return pub.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            var pair = g.generateKeyPair();
            Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return pub.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write development keys to " + dir, e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey(Path dataDir) {
        try {
            String pem = Files.readString(dataDir.resolve(PRIVATE), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("no development key in " + dataDir + " (start the service once first)", e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /**
     * A setting as MicroProfile Config would see it, read before Config exists: system property, environment
     * variable, or any META-INF/microprofile-config.properties on the class path.
     */
    static String setting(String key) {
        String v = System.getProperty(key);
        if (v != null) return v;
        v = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        if (v != null) return v;
        try {
            Enumeration<URL> files = DevKeys.class.getClassLoader().getResources("META-INF/microprofile-config.properties");
            String found = null;
            int best = Integer.MIN_VALUE;
            while (files.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = files.nextElement().openStream()) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                int ordinal = Integer.parseInt(p.getProperty("config_ordinal", "100"));
                if (p.getProperty(key) != null && ordinal >= best) {
                    best = ordinal;
                    found = p.getProperty(key);
                }
            }
            return found;
        } catch (IOException e) {
            return null;
        }
    }
}
