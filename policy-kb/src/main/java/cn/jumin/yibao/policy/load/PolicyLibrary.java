package cn.jumin.yibao.policy.load;

import cn.jumin.yibao.policy.model.Area;
import cn.jumin.yibao.policy.model.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every loaded policy, by area and insurance year, and the areas by code or by the names residents type.
 * Years are kept side by side: adding a year never replaces another.
 */
public final class PolicyLibrary {
    private final Corpus corpus;
    private final GroupVocabulary groups;
    private final Map<String, TreeMap<Integer, Policy>> byRegion = new LinkedHashMap<>();
    private final Map<String, String> regionByName = new LinkedHashMap<>();

    public PolicyLibrary(Corpus corpus, GroupVocabulary groups, List<Policy> policies) {
        this.corpus = corpus;
        this.groups = groups;
        for (Policy p : policies) {
            if (byRegion.computeIfAbsent(p.region(), r -> new TreeMap<>()).put(p.year(), p) != null) {
                throw new PolicyDataException("policies/" + p.documentId() + ".json: a second policy for " + p.documentId());
            }
            regionByName.put(p.region(), p.region());
            for (String alias : p.area().aliases()) {
                String prior = regionByName.put(key(alias), p.region());
                if (prior != null && !prior.equals(p.region())) {
                    throw new PolicyDataException("policies/" + p.documentId() + ".json: area.aliases: '" + alias
                            + "' also names " + prior);
                }
            }
            regionByName.put(key(p.area().name()), p.region());
        }
    }

    /** Loads the corpus, the vocabulary and every policy file; throws {@link PolicyDataException} on any defect. */
    public static PolicyLibrary load() {
        Corpus corpus = Corpus.load();
        return new PolicyLibrary(corpus, GroupVocabulary.load(), new PolicyLoader(corpus).loadAll());
    }

    public Corpus corpus() { return corpus; }

    public GroupVocabulary groups() { return groups; }

    /** The area code for a code or a typed name (楚雄, 南城街道, 随州随县 …). */
    public Optional<String> resolveRegion(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) return Optional.empty();
        return Optional.ofNullable(regionByName.get(key(codeOrName)));
    }

    public Optional<Policy> policy(String region, int year) {
        return Optional.ofNullable(byRegion.getOrDefault(region, new TreeMap<>()).get(year));
    }

    public List<Integer> years(String region) {
        return List.copyOf(byRegion.getOrDefault(region, new TreeMap<>()).keySet());
    }

    /** The newest policy of an area. */
    public Optional<Policy> latest(String region) {
        TreeMap<Integer, Policy> m = byRegion.get(region);
        return m == null || m.isEmpty() ? Optional.empty() : Optional.of(m.lastEntry().getValue());
    }

    public List<String> regions() { return List.copyOf(byRegion.keySet()); }

    public Area area(String region) { return latest(region).map(Policy::area).orElseThrow(); }

    public List<Policy> all() {
        List<Policy> all = new ArrayList<>();
        byRegion.values().forEach(m -> all.addAll(m.values()));
        all.sort(Comparator.comparing(Policy::documentId));
        return all;
    }

    /** Names residents may type, longest first (so 南城街道 wins over 南城). */
    public List<Map.Entry<String, String>> namesLongestFirst() {
        // the chat looks names up in every message: sorted once, the library does not change
        List<Map.Entry<String, String>> names = namesLongestFirst;
        if (names == null) {
            List<Map.Entry<String, String>> all = new ArrayList<>();
            for (Policy p : all()) {
                for (String alias : p.area().aliases()) all.add(Map.entry(alias, p.region()));
            }
            all.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
            names = namesLongestFirst = all.stream().distinct().toList();
        }
        return names;
    }

    private volatile List<Map.Entry<String, String>> namesLongestFirst;

    private static String key(String s) { return Verbatim.withoutWhitespace(s); }
}
