package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Corpus;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.load.Resources;
import cn.jumin.yibao.policy.load.Notice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The clause index, built when the build packages policy-kb (exec plugin, phase process-classes) and shipped in the
 * jar, so start-up opens it instead of building it (building cold took 0.7–1 s of a 3 s start on 2 cores).
 * The manifest carries a fingerprint of every input (notices, policy files, synonyms, topics, group vocabulary);
 * when it does not match the data on the class path, the index is built at start-up as before.
 */
public final class PrebuiltIndex {
    static final String DIR = "kb/index/";
    private static final System.Logger LOG = System.getLogger(PrebuiltIndex.class.getName());

    private PrebuiltIndex() {}

    static String base(Analysis.Choice choice) { return DIR + choice.name().toLowerCase(Locale.ROOT) + "/"; }

    /** SHA-256 over everything the index is built from. */
    static String fingerprint(Corpus corpus) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Notice n : corpus.notices()) add(md, n.file(), n.text());
            for (String file : Resources.lines("policies/policies.list")) add(md, file, Resources.text("policies/" + file));
            for (String r : List.of(Analysis.SYNONYMS, "kb/topics.json", "vocabulary/groups.json")) add(md, r, Resources.text(r));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(MessageDigest md, String name, String text) {
        cn.jumin.yibao.policy.load.ValidatedData.add(md, name, text);
    }

    /** The packaged index files for {@code choice}, if present and built from exactly this data. */
    static Optional<Map<String, byte[]>> read(Analysis.Choice choice, Corpus corpus) {
        ClassLoader cl = PrebuiltIndex.class.getClassLoader();
        try (InputStream manifest = cl.getResourceAsStream(base(choice) + "files.list")) {
            if (manifest == null) return Optional.empty();
            List<String> lines = new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals("fingerprint " + fingerprint(corpus))) {
                LOG.log(System.Logger.Level.INFO, "packaged clause index does not match the data; building it now");
                return Optional.empty();
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : lines.subList(1, lines.size())) {
                try (InputStream in = cl.getResourceAsStream(base(choice) + name)) {
                    if (in == null) return Optional.empty();
                    files.put(name, in.readAllBytes());
                }
            }
            return Optional.of(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build step: writes the index of the default analysis under {@code args[0]} (policy-kb's target/classes). */
    public static void main(String[] args) throws IOException {
        // the build validates every policy file in full with its own code, and records the files it validated
        System.setProperty("policy.revalidate", "true");
        PolicyLibrary library = PolicyLibrary.load();
        cn.jumin.yibao.policy.load.ValidatedData.record(Path.of(args[0]));
        Analysis.Choice choice = KnowledgeBase.DEFAULT_CHOICE;
        KnowledgeBase kb = new KnowledgeBase(library.corpus(), new Analysis(), choice, library);
        Path dir = Path.of(args[0]).resolve(base(choice));
        if (Files.isDirectory(dir)) {
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("fingerprint ").append(fingerprint(library.corpus())).append('\n');
        for (Map.Entry<String, byte[]> f : kb.index().files().entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
            manifest.append(f.getKey()).append('\n');
        }
        Files.writeString(dir.resolve("files.list"), manifest);
        System.out.println("clause index (" + choice + ", " + kb.clauses().size() + " clauses) written to " + dir);
    }
}
