package cn.jumin.yibao.policy.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The policy files this build validated. The build (kb.PrebuiltIndex) loads every policy file with Hibernate Validator
 * and, once they pass, writes their fingerprint beside them ({@value #MARKER}). A start-up that finds exactly those
 * bytes skips the Hibernate Validator pass (about half a second of a cold start); any other bytes, or
 * {@code -Dpolicy.revalidate=true}, are validated in full and a broken file still stops start-up. Everything else
 * (reading with unknown fields refused, file names, sources, verbatim quotes) is checked on every load.
 */
public final class ValidatedData {
    static final String MARKER = "policies/validated.sha256";

    private ValidatedData() {}

    /** SHA-256 over the policy listing, every policy file and the group vocabulary. */
    static String fingerprint() { return fingerprint(Resources::text); }

    /** The same over the texts {@code text} gives for each resource name. */
    static String fingerprint(java.util.function.UnaryOperator<String> text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            add(md, PolicyLoader.LISTING, text.apply(PolicyLoader.LISTING));
            for (String file : Resources.lines(PolicyLoader.LISTING)) add(md, file, text.apply("policies/" + file));
            add(md, "vocabulary/groups.json", text.apply("vocabulary/groups.json"));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a named text to a fingerprint (name and text, each closed by a zero byte); the clause index uses it too. */
    public static void add(MessageDigest md, String name, String text) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /** True when the build validated exactly these files and nobody asked for a full pass. */
    static boolean byThisBuild() {
        if (Boolean.getBoolean("policy.revalidate")) return false;
        try (InputStream in = ValidatedData.class.getClassLoader().getResourceAsStream(MARKER)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().equals(fingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build step: records the files just validated under {@code classesDir}. Call only after a full validation. */
    public static void record(Path classesDir) throws IOException {
        Path marker = classesDir.resolve(MARKER);
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, fingerprint() + "\n");
    }
}
