package cn.jumin.yibao.policy.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads UTF-8 text shipped on the class path (policy-kb's own resources). */
public final class Resources {
    private Resources() {}

    public static String text(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new PolicyDataException(path + ": not found on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyDataException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Non-blank, non-comment lines of a listing file. */
    public static List<String> lines(String path) {
        return text(path).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
