package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.GroupVocabulary;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.load.Resources;
import cn.jumin.yibao.policy.model.Benefit;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Item;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Subsidy;
import cn.jumin.yibao.policy.model.Window;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Document expansion from the policy data: for each clause, the words of the kinds of rule drawn from it
 * (kb/topics.json) and the rules' own names. A clause that states 低保对象's subsidy is then found by "低保户交多少"
 * although it never says 交多少; and every rule-bearing clause counts its rules for the ranking prior.
 */
final class Topics {
    private final Map<String, StringBuilder> words = new HashMap<>();
    private final Map<String, Integer> rules = new HashMap<>();

    Topics(PolicyLibrary library) {
        JsonObject kinds = Json.createReader(new StringReader(Resources.text("kb/topics.json"))).readObject();
        GroupVocabulary vocabulary = library.groups();
        for (Policy p : library.all()) {
            p.standards().forEach(s -> add(p, s.cite(), kinds.getString("standards") + " " + s.tierName()));
            for (Subsidy s : p.subsidies()) {
                StringBuilder b = new StringBuilder(kinds.getString("subsidies"));
                for (SpecialGroup g : s.groups()) b.append(' ').append(vocabulary.label(g)).append(' ').append(String.join(" ", vocabulary.wordings(g)));
                add(p, s.cite(), b.toString());
                if (s.periodCite() != null) add(p, s.periodCite(), kinds.getString("subsidies") + " " + kinds.getString("windows"));
            }
            if (p.subsidyPrincipleCite() != null) add(p, p.subsidyPrincipleCite(), kinds.getString("subsidyPrinciple"));
            for (Window w : p.windows()) {
                add(p, w.cite(), kinds.getString("windows") + " " + w.label());
                benefit(p, w.benefit(), kinds);
            }
            p.standards().forEach(s -> benefit(p, s.benefit(), kinds));
            p.benefitOverrides().forEach(o -> benefit(p, o.benefit(), kinds));
            var nb = p.newborn();
            String newborn = kinds.getString("newborn");
            if (nb.deadline() != null) add(p, nb.deadline().cite(), newborn + " 期限 90天 " + kinds.getString("windows"));
            if (nb.free().cite() != null) add(p, nb.free().cite(), newborn + " 不用缴费 父母");
            for (Benefit b : new Benefit[] {nb.onTimeBenefit(), nb.lateBenefit()}) if (b.cite() != null) add(p, b.cite(), newborn + " " + kinds.getString("benefits"));
            for (Item i : nb.steps()) add(p, i.cite(), newborn + " " + i.text());
            for (Item i : nb.documents()) add(p, i.cite(), newborn + " " + kinds.getString("documents") + " " + i.text());
            for (Item i : nb.offices()) add(p, i.cite(), newborn + " " + kinds.getString("offices") + " " + i.text());
            p.eligibility().forEach(r -> add(p, r.cite(), kinds.getString("eligibility") + " " + r.text()));
            p.paymentChannels().forEach(c -> add(p, c.cite(), kinds.getString("paymentChannels") + " " + c.name()));
            p.offices().forEach(i -> add(p, i.cite(), kinds.getString("offices") + " " + i.text()));
            p.documents().forEach(i -> add(p, i.cite(), kinds.getString("documents") + " " + i.text()));
            p.facts().forEach(f -> add(p, f.cite(), kinds.getString("facts") + " " + f.text()));
        }
    }

    private void benefit(Policy p, Benefit b, JsonObject kinds) {
        if (b != null && b.cite() != null) add(p, b.cite(), kinds.getString("benefits"));
    }

    private void add(Policy p, Cite c, String text) {
        String key = p.documentId() + "|" + c.clause();
        words.computeIfAbsent(key, k -> new StringBuilder()).append(' ').append(text);
        rules.merge(key, 1, Integer::sum);
    }

    String words(Clause c) {
        StringBuilder b = words.get(c.documentId() + "|" + c.path());
        return b == null ? "" : b.toString();
    }

    int rules(Clause c) { return rules.getOrDefault(c.documentId() + "|" + c.path(), 0); }
}
