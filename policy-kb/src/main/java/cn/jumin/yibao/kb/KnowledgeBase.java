package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Corpus;
import cn.jumin.yibao.policy.load.Notice;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The clauses of every notice and their index: what kb search and the chat engine retrieve from. */
public final class KnowledgeBase {
    /** The analysis chosen by measurement (docs/answer-quality.md). */
    public static final Analysis.Choice DEFAULT_CHOICE = Analysis.Choice.COMBINED;

    private final List<Clause> clauses;
    private final ClauseIndex index;

    private final java.util.Map<String, List<String>> areaNames;

    /**
     * The clauses of every notice, indexed. {@code library} supplies the prior (how many rules the policy data draws
     * from each clause) and the area names a question may carry; without it, plain BM25.
     */
    public KnowledgeBase(Corpus corpus, Analysis analysis, Analysis.Choice choice, PolicyLibrary library) {
        this(corpus, analysis, choice, library, null);
    }

    /** As above; {@code prebuilt} (index files written at build time for exactly this data) is opened instead of built. */
    KnowledgeBase(Corpus corpus, Analysis analysis, Analysis.Choice choice, PolicyLibrary library, java.util.Map<String, byte[]> prebuilt) {
        this.clauses = splitAll(corpus);
        java.util.Map<String, List<String>> names = new java.util.HashMap<>();
        Topics topics = library == null ? null : new Topics(library);
        if (library != null) {
            for (Policy p : library.all()) names.computeIfAbsent(p.region(), r -> new ArrayList<>()).addAll(p.area().aliases());
        }
        names.values().forEach(l -> l.sort(java.util.Comparator.comparing(String::length).reversed()));
        this.areaNames = names;
        this.index = prebuilt != null ? new ClauseIndex(clauses, analysis, choice, prebuilt)
                : topics == null ? new ClauseIndex(clauses, analysis, choice)
                : new ClauseIndex(clauses, analysis, choice, topics::rules, topics::words);
    }

    static List<Clause> splitAll(Corpus corpus) {
        List<Clause> all = new ArrayList<>();
        for (Notice n : corpus.notices()) all.addAll(ClauseSplitter.split(n));
        return List.copyOf(all);
    }

    public KnowledgeBase(Corpus corpus, Analysis analysis, Analysis.Choice choice) { this(corpus, analysis, choice, null); }

    /** The service's knowledge base: the index packaged at build time when it matches the data, else built now. */
    public static KnowledgeBase load(PolicyLibrary library) { return load(library, new Analysis()); }

    /** As {@link #load(PolicyLibrary)}, with an analysis prepared elsewhere (e.g. on another thread at start-up). */
    public static KnowledgeBase load(PolicyLibrary library, Analysis analysis) {
        return new KnowledgeBase(library.corpus(), analysis, DEFAULT_CHOICE, library,
                PrebuiltIndex.read(DEFAULT_CHOICE, library.corpus()).orElse(null));
    }

    private static final java.util.Map<String, String> PLACES = Places.load();

    public List<Clause> clauses() { return clauses; }

    /** The area a question names, longest name first; null when it names none. */
    public String mentionedRegion(String question) {
        String best = null;
        int bestLength = 0;
        for (var e : areaNames.entrySet()) {
            for (String name : e.getValue()) {
                if (name.length() > bestLength && question.contains(name)) { best = e.getKey(); bestLength = name.length(); }
            }
        }
        if (best != null) return best;
        // "东瓜镇低保户…": a town or village of the area (kb/places.json)
        for (var e : PLACES.entrySet()) {
            if (e.getKey().length() > bestLength && question.contains(e.getKey())) { best = e.getValue(); bestLength = e.getKey().length(); }
        }
        return best;
    }

    public ClauseIndex index() { return index; }

    public Optional<Clause> clause(String documentId, String path) {
        return clauses.stream().filter(c -> c.documentId().equals(documentId) && c.path().equals(path)).findFirst();
    }

    /**
     * Clauses ranked for a question. Without {@code region}, an area the question names (楚雄, 南城街道 …) filters the
     * search; with an area, its names are dropped from the question (they match everywhere in its notice).
     */
    public List<ClauseIndex.Hit> search(String question, String region, Integer year, int limit) {
        question = Simplified.fold(question); // "勐臘" is 勐腊
        if (region == null && question != null) region = mentionedRegion(question);
        String q = question;
        if (region != null && q != null) {
            for (String name : areaNames.getOrDefault(region, List.of())) q = q.replace(name, " ");
            if (q.isBlank()) q = question;
        }
        return index.search(q, region, year, limit);
    }
}
