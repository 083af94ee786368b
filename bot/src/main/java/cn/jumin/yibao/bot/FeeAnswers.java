package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.MemberQuote;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.load.GroupVocabulary;
import cn.jumin.yibao.policy.model.Benefit;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Fact;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Standard;
import cn.jumin.yibao.policy.model.Student;
import cn.jumin.yibao.policy.model.Subsidy;
import cn.jumin.yibao.policy.model.WindowStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one person or a household pays: computed by the quote engine, the figure first, then the reason and clause. */
final class FeeAnswers {
    private final QuoteEngine quotes;
    private final GroupVocabulary vocabulary;

    private final Set<SpecialGroup> parentsOnly;

    private final Set<SpecialGroup> nuclearFamilyOnly;

    FeeAnswers(QuoteEngine quotes, GroupVocabulary vocabulary, Set<SpecialGroup> parentsOnly, Set<SpecialGroup> nuclearFamilyOnly) {
        this.quotes = quotes;
        this.vocabulary = vocabulary;
        this.parentsOnly = parentsOnly;
        this.nuclearFamilyOnly = nuclearFamilyOnly;
    }

    Answer person(Policy p, Understanding u) {
        LocalDate day = u.date() != null ? u.date()
                : u.monthDay() != null ? u.monthDay().atYear(WindowAnswers.yearOf(p, u)) : Words.referenceDay(p);
        Integer tier = u.tier() != null && p.tiers().contains(u.tier()) ? u.tier() : null;
        if (u.tier() != null && tier == null) {
            Cite c = p.standards().get(0).cite();
            return Answer.of(Intent.FEE, Words.notice(p) + "只有一档，个人缴费标准为每人" + Words.yuan(p.standards().get(0).amount())
                    + "。" + Words.basis(List.of(c)), List.of(p.cite(c)));
        }
        // "又是低保又是建档立卡，按哪个资助": one person in both groups, not a comparison of two people
        boolean samePerson = Parser.containsAny(u.text(), "又是", "既是", "也是", "同时是", "同时属于");
        // "计划生育特殊家庭交多少？双女结扎户的父母呢": a second group asked after the first is another person
        if (u.groups().size() >= 2 && !samePerson && Parser.containsAny(u.text(), "一样", "区别", "不同", "差别", "差多少", "哪个", "分别", "比", "呢")) {
            return compared(p, u, day, tier);
        }
        if (tier == null && p.tiers().size() > 1 && (!u.groups().isEmpty() || u.student() != null)
                && u.text().contains("一档") && u.text().contains("二档")) {
            return byTier(p, u, day);
        }
        // "在重庆读大学 交多少": a student with a standard of their own in each tier (南川 大学生) hears both
        if (tier == null && u.groups().isEmpty() && u.student() != null && ownStandardInEveryTier(p, u.student())) {
            return byTier(p, u, day);
        }
        MemberInput in = new MemberInput("本人", null, tier, u.student(), u.enrollment() == cn.jumin.yibao.policy.model.Enrollment.NEWBORN ? null : u.enrollment(), u.groups());
        HouseholdQuote q = quotes.quote(p, day, List.of(in));
        MemberQuote m = q.members().get(0);
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
        String who = u.groups().isEmpty() ? (u.student() != null && u.student() != Student.NONE ? studentWord(u.student()) : "每人")
                : String.join("、", u.groups().stream().map(vocabulary::label).toList());
        // where the notice leaves the amount to other documents, the answer is about the group that does so
        if (!m.determinate() && m.appliedGroup() != null) who = vocabulary.label(m.appliedGroup());
        boolean tiers = p.tiers().size() > 1 && u.tier() == null && u.groups().isEmpty() && u.student() == null;
        if (tiers) {
            b.append(tierStandards(p, day, cites));
            // "二档比一档多交好多": the difference of the two standards just stated
            if (Parser.containsAny(u.text(), TIER_DIFFERENCE)) {
                List<Standard> two = generalStandards(p, day, new LinkedHashSet<>());
                BigDecimal low = two.stream().map(Standard::amount).min(BigDecimal::compareTo).orElse(null);
                BigDecimal high = two.stream().map(Standard::amount).max(BigDecimal::compareTo).orElse(null);
                if (low != null && two.size() == 2 && high.compareTo(low) > 0) {
                    b.append("二档比一档每人多缴").append(Words.yuan(high.subtract(low))).append("。");
                }
            }
        } else if (m.determinate()) {
            b.append(who).append("个人缴纳").append(Words.yuan(m.personalContribution()))
                    .append("（").append(reason(m.explanation())).append("）。");
        } else {
            b.append(who).append("的个人缴费金额通知没有写明，我不能给您一个确定的数（").append(reason(m.explanation())).append("）。");
            b.append(unstatedNote(p, m.appliedGroup()));
            b.append(Words.HOTLINE);
        }
        // "7月5号才去交，还有资助没得": a group's subsidy that does not run on that day, and why
        for (String n : m.notes()) if (n.contains("的资助不适用于")) b.append(n.endsWith("。") ? n : n + "。");
        // "低保又残疾，能两头资助不": whether two subsidies add up — the notice's rule, or that it has none
        if (Parser.containsAny(u.text(), STACKING) && !b.toString().contains("就高") && p.subsidyPrinciple() != null) {
            b.append(p.subsidyPrinciple());
            if (p.subsidyPrincipleCite() != null) cites.add(p.subsidyPrincipleCite());
        }
        if (!tiers && u.student() != null && u.student() != Student.NONE && u.groups().isEmpty()) {
            b.append(studentNote(p, u.student(), cites));
        }
        laterPeriods(p, tier == null ? 1 : tier, u, b, cites);
        ownWindow(p, u, b, cites);
        List<Citation> citations = new ArrayList<>(m.citations().stream().filter(c -> !isWindowCite(p, c)).toList());
        cites.forEach(c -> citations.add(p.cite(c)));
        String basis = Words.basis(citations.stream().map(c -> new Cite(c.clause(), c.quote())).toList());
        return Answer.of(Intent.FEE, b + basis, dedupe(citations));
    }

    private static boolean ownStandardInEveryTier(Policy p, Student st) {
        return p.tiers().size() > 1 && p.tiers().stream()
                .allMatch(t -> p.standards().stream().anyMatch(s -> s.tier() == t && s.students().contains(st)));
    }

    /** "一档个人缴纳0元（…）；二档个人缴纳375元（…）。": one line per member, named by its ref. */
    private static void eachMember(HouseholdQuote q, StringBuilder b) {
        for (MemberQuote m : q.members()) {
            b.append(m.ref()).append(m.determinate() ? "个人缴纳" + Words.yuan(m.personalContribution()) : "个人缴费金额通知没有写明")
                    .append("（").append(reason(m.explanation())).append("）；");
        }
        b.setLength(b.length() - 1);
        b.append("。");
    }

    /** "低保户一档要自己出钱不，二档呢": the same person in each tier. */
    private Answer byTier(Policy p, Understanding u, LocalDate day) {
        Enrollment e = u.enrollment() == Enrollment.NEWBORN ? null : u.enrollment();
        List<MemberInput> each = p.tiers().stream()
                .map(t -> new MemberInput(t == 1 ? "一档" : "二档", null, t, u.student(), e, u.groups())).toList();
        HouseholdQuote q = quotes.quote(p, day, each);
        String who = u.groups().isEmpty() ? studentWord(u.student()) : String.join("、", u.groups().stream().map(vocabulary::label).toList());
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：").append(who);
        eachMember(q, b);
        List<Citation> citations = q.citations().stream().filter(c -> !isWindowCite(p, c)).toList();
        return Answer.of(Intent.FEE, b + Words.basis(citations.stream().map(c -> new Cite(c.clause(), c.quote())).toList()), dedupe(citations));
    }

    /** "低保户跟建档立卡户交的一样不": each group on its own, as one person of each would pay. */
    private Answer compared(Policy p, Understanding u, LocalDate day, Integer tier) {
        List<MemberInput> each = u.groups().stream()
                .map(g -> new MemberInput(vocabulary.label(g), null, tier, u.student(), null, Set.of(g))).toList();
        HouseholdQuote q = quotes.quote(p, day, each);
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
        eachMember(q, b);
        boolean same = q.determinate() && q.members().stream().map(MemberQuote::personalContribution).distinct().count() == 1;
        List<Citation> citations = new ArrayList<>(q.citations().stream().filter(c -> !isWindowCite(p, c)).toList());
        if (same) {
            b.append(q.members().size() == 2 ? "两者一样。" : "都一样。");
        } else if (p.subsidyPrinciple() != null) {
            b.append("同时属于几类的：").append(p.subsidyPrinciple());
            if (p.subsidyPrincipleCite() != null) citations.add(p.cite(p.subsidyPrincipleCite()));
        }
        return Answer.of(Intent.FEE, b + Words.basis(citations.stream().map(c -> new Cite(c.clause(), c.quote())).toList()), citations);
    }

    private static final String[] CHILD_WORDS = Phrases.of("daughtersAndSons");
    private static final String[] PARENT_WORDS = Phrases.of("parentWords");

    Answer household(Policy p, Understanding u) {
        List<MemberInput> members = new ArrayList<>();
        Map<String, Integer> labels = new LinkedHashMap<>();
        int n = 0;
        // groups said of the whole household ("住边境村", "独生子女家庭") hold for every member
        Set<SpecialGroup> shared = new LinkedHashSet<>();
        u.members().stream().filter(s -> s.count() == 0).forEach(s -> shared.addAll(s.groups()));
        if (u.members().isEmpty()) shared.addAll(u.groups());
        // "家里是低收入家庭，我妈65了": a group named for an age (minAge) said of the household is its elders' only
        Set<SpecialGroup> aged = new LinkedHashSet<>();
        for (SpecialGroup g : shared) if (vocabulary.minAge(g).isPresent()) aged.add(g);
        shared.removeAll(aged);
        int agedLeft = aged.isEmpty() ? 0 : Parser.elders(u.text());
        // a group held through the parents (双女结扎户) goes to the couple, however it was said, not to the daughters
        Set<SpecialGroup> couple = new LinkedHashSet<>();
        u.members().forEach(s -> s.groups().stream().filter(parentsOnly::contains).forEach(couple::add));
        shared.stream().filter(parentsOnly::contains).forEach(couple::add);
        shared.removeAll(couple);
        // "我们两口子领了独生子女父母光荣证，娃12岁": a family group said of the parents holds for their children too
        u.members().forEach(s -> s.groups().stream().filter(nuclearFamilyOnly::contains).forEach(shared::add));
        // "领了独生子女光荣证，我、老婆、8岁的娃，还有我妈": the family group is the parents' and the child's, not grandma's
        Set<SpecialGroup> nuclear = new LinkedHashSet<>(shared);
        nuclear.retainAll(nuclearFamilyOnly);
        int elders = nuclear.isEmpty() ? 0 : Parser.elders(u.text());
        Set<SpecialGroup> elderShared = new LinkedHashSet<>(shared);
        elderShared.removeAll(nuclear);
        for (MemberSpec s : u.members()) {
            boolean elder = elders > 0 && Parser.namesAnElder(s.label());
            if (elder) elders--;
            boolean agedElder = agedLeft > 0 && Parser.namesAnElder(s.label());
            if (agedElder) agedLeft -= Math.max(1, s.count());
            for (int i = 0; i < s.count(); i++) {
                Set<SpecialGroup> own = new LinkedHashSet<>(s.groups());
                own.removeAll(couple);
                own.addAll(elder ? elderShared : shared);
                if (agedElder) own.addAll(aged);
                members.add(new MemberInput("m" + (++n), null, s.tier() != null ? s.tier() : u.tier(), s.student(), null, own));
            }
        }
        int total = u.people() != null ? Math.max(u.people(), n) : n;
        if (total == 0) total = 1;
        for (; agedLeft > 0 && members.size() < total; agedLeft--) {
            Set<SpecialGroup> own = new LinkedHashSet<>(shared);
            own.addAll(aged);
            members.add(new MemberInput("m" + (++n), null, u.tier(), null, null, own));
        }
        // "独生子女户…娃今年20了": a child past the age the family group names (未满18周岁) does not hold it
        int grown = nuclear.stream().map(vocabulary::childrenUnder).flatMap(java.util.Optional::stream).findFirst()
                .map(under -> Parser.grownChildren(u.text(), under, p.year())).orElse(0);
        Set<SpecialGroup> grownShared = new LinkedHashSet<>(shared);
        grownShared.removeAll(nuclear);
        while (members.size() < total - elders - grown) members.add(new MemberInput("m" + (++n), null, u.tier(), null, null, Set.copyOf(shared)));
        while (members.size() < total - elders) members.add(new MemberInput("m" + (++n), null, u.tier(), null, null, Set.copyOf(grownShared)));
        while (members.size() < total) members.add(new MemberInput("m" + (++n), null, u.tier(), null, null, Set.copyOf(elderShared)));
        // "那两个女娃呢…她俩加起来交好多": only the children are asked about; the parents' group is not theirs
        boolean onlyChildren = (u.followUp() || u.text().startsWith("那")) && Parser.containsAny(u.text(), CHILD_WORDS) && !Parser.containsAny(u.text(), PARENT_WORDS);
        if (!couple.isEmpty() && !onlyChildren) {
            for (int i = 0, parents = 0; i < members.size() && parents < 2; i++) {
                MemberInput m = members.get(i);
                if (m.student() != null) continue; // a pupil is one of the children
                Set<SpecialGroup> own = new LinkedHashSet<>(m.groups());
                own.addAll(couple);
                members.set(i, new MemberInput(m.ref(), m.birthDate(), m.tier(), m.student(), m.enrollment(), own));
                parents++;
            }
        }
        // "7月份以后交": the day said, else the notice's reference day
        LocalDate day = u.date() != null ? u.date()
                : u.monthDay() != null ? u.monthDay().atYear(WindowAnswers.yearOf(p, u)) : Words.referenceDay(p);
        // "我们两口子都参加了居民医保，娃今年3月生的（符合计生政策），三个一共多少": the newborn of this year pays
        // nothing in the birth year where the notice says so; the others are priced
        boolean newbornFree = newbornFreeThisYear(p, u) && members.size() >= 2
                && members.get(members.size() - 1).groups().isEmpty() && members.get(members.size() - 1).student() == null;
        if (newbornFree) members.remove(members.size() - 1);
        HouseholdQuote q = quotes.quote(p, day, members);
        Map<String, List<MemberQuote>> byKind = new LinkedHashMap<>();
        // a student priced at a standard of their own ("在渝高校大学生250元") is named as one
        Map<String, Student> studentOf = new java.util.HashMap<>();
        for (MemberInput in : members) if (in.student() != null && in.student() != Student.NONE) studentOf.put(in.ref(), in.student());
        java.util.function.Predicate<MemberQuote> ownStandard = m -> studentOf.containsKey(m.ref()) && m.appliedGroup() == null
                && q.members().stream().anyMatch(o -> o.tier() == m.tier() && o.standardContribution().compareTo(m.standardContribution()) != 0);
        for (MemberQuote m : q.members()) {
            // one line for a group whether or not some of its people also qualify for a lower subsidy
            String kind = m.explanation().replace(HIGHEST_ONLY, "") + (ownStandard.test(m) ? "|" + studentOf.get(m.ref()) : "");
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(m);
        }
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：全家").append(total).append("人");
        if (q.determinate()) {
            b.append("，个人合计缴纳").append(Words.yuan(q.totalPersonalContribution())).append("。");
        } else {
            b.append("，合计金额无法确定（有成员的应缴金额通知没有写明）。");
        }
        boolean severalTiers = q.members().stream().map(MemberQuote::tier).distinct().count() > 1;
        for (var e : byKind.entrySet()) {
            MemberQuote first = e.getValue().get(0);
            String who = (severalTiers ? (first.tier() == 1 ? "一档" : "二档") : "")
                    + (first.appliedGroup() != null ? vocabulary.label(first.appliedGroup())
                    : ownStandard.test(first) ? studentWord(studentOf.get(first.ref())) : severalTiers ? "" : "其他成员");
            b.append(who).append(e.getValue().size()).append("人，");
            b.append(first.determinate() ? "每人" + Words.yuan(first.personalContribution()) : "金额未写明");
            String why = first.appliedGroup() != null ? subsidyPart(first.explanation().replace(HIGHEST_ONLY, "")) : "";
            long inSeveral = e.getValue().stream().filter(m -> m.explanation().contains(HIGHEST_ONLY)).count();
            if (!why.isEmpty() && inSeveral > 0) {
                why += inSeveral == e.getValue().size() ? "，就高不就低" : "；其中" + inSeveral + "人还符合其他资助，就高不就低，只享受这一项";
            }
            if (!why.isEmpty()) b.append("（").append(why).append("）");
            b.append("；");
        }
        if (newbornFree) b.append("新生儿1人，出生当年不用缴费（父母双方均已参加城乡居民医保并符合计划生育政策）；");
        b.setLength(b.length() - 1);
        b.append("。");
        q.members().stream().filter(m -> !m.determinate()).map(m -> unstatedNote(p, m.appliedGroup())).distinct().forEach(b::append);
        List<Citation> later = new ArrayList<>();
        if (!q.determinate() && q.paymentDate() != null) laterInTheYear(p, u, q.paymentDate(), b, later);
        if (!q.determinate()) b.append(Words.HOTLINE);
        List<Citation> citations = new ArrayList<>(q.citations().stream().filter(c -> !isWindowCite(p, c)).toList());
        later.stream().filter(c -> !citations.contains(c)).forEach(citations::add);
        if (newbornFree && !citations.contains(p.cite(p.newborn().free().cite()))) citations.add(p.cite(p.newborn().free().cite()));
        return Answer.of(Intent.HOUSEHOLD, b + Words.basis(citations.stream().map(c -> new Cite(c.clause(), c.quote())).toList()), citations);
    }

    private static final java.util.regex.Pattern BORN_IN = java.util.regex.Pattern.compile("(20\\d\\d)年[^，,。；;]{0,8}?(出生|生)");

    /**
     * A baby born in the notice's year, both parents in the resident scheme and the family-planning rule said to be met
     * (the notice frees such a newborn in its birth year): then the household's total leaves the baby out.
     */
    private static boolean newbornFreeThisYear(Policy p, Understanding u) {
        if (p.newborn().free().rule() != cn.jumin.yibao.policy.model.Newborn.FreeRule.BOTH_PARENTS_RESIDENT_INSURED_AND_COMPLIANT) return false;
        if (u.enrollment() != cn.jumin.yibao.policy.model.Enrollment.NEWBORN || !Boolean.TRUE.equals(u.parentsBothInsured())) return false;
        if (!Parser.containsAny(u.text(), "符合计生", "符合计划生育", "符合国家卫生计生", "符合政策", "计生政策", "计划生育政策", "按政策生", "政策内")) return false;
        java.util.regex.Matcher born = BORN_IN.matcher(u.text());
        return !born.find() || Integer.parseInt(born.group(1)) == p.year();
    }

    /**
     * "我们打算8月份再去交一档，婆婆那个还能不能资助": why a household paying late in the year has no total — the payer also
     * bears the fiscal share from that day (南川 四、(一)2.), and a group's subsidy may have ended before it.
     */
    private void laterInTheYear(Policy p, Understanding u, LocalDate day, StringBuilder b, List<Citation> cites) {
        p.standards().stream().filter(s -> s.payerBearsFiscalShare() && s.students().isEmpty() && s.appliesOn(day)).findFirst().ifPresent(s -> {
            b.append(fiscalShare(s));
            cites.add(p.cite(s.cite()));
        });
        Set<SpecialGroup> groups = new LinkedHashSet<>(u.groups());
        u.members().forEach(m -> groups.addAll(m.groups()));
        for (SpecialGroup g : groups) {
            p.subsidies().stream().filter(x -> x.groups().contains(g) && x.paidTo() != null && day.isAfter(x.paidTo())).findFirst().ifPresent(x -> {
                b.append(vocabulary.label(g)).append("的资助时间为").append(Words.date(x.paidFrom())).append("至").append(Words.date(x.paidTo()))
                        .append("，之后缴费的不享受资助。");
                p.facts().stream().filter(f -> f.key().equals("subsidy-period")).map(Fact::cite).findFirst().ifPresent(c -> cites.add(p.cite(c)));
            });
        }
    }

    /** "2021年7月1日起缴费的，还要自行承担财政补助部分（金额通知未写明）。" (南川 四、(一)2.) */
    private static String fiscalShare(Standard s) {
        return Words.date(s.paidFrom()) + "起缴费的，还要自行承担财政补助部分（金额通知未写明）。";
    }

    /** What the notice says instead of an amount for this group ("按有关文件规定执行", "据实补助"), or nothing. */
    private static String unstatedNote(Policy p, SpecialGroup applied) {
        return p.subsidies().stream().filter(x -> x.kind() == Subsidy.Kind.NOT_STATED && applied != null && x.groups().contains(applied))
                .map(Subsidy::interpretation).filter(java.util.Objects::nonNull).findFirst().orElse("");
    }

    /** The subsidy said in an explanation ("标准280元；特困人员全额资助280元；个人缴纳0元" → "特困人员全额资助280元"). */
    private static final String HIGHEST_ONLY = "（就高不就低）";
    private static final String[] STACKING = Phrases.of("stacking");
    private static final String[] TIER_DIFFERENCE = Phrases.of("tierDifference");

    static String subsidyPart(String explanation) {
        String[] parts = explanation.split("；");
        return parts.length < 3 ? "" : String.join("，", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)).replace("（就高不就低）", "，就高不就低");
    }

    /** The explanation without its last part (the personal amount, already said first). */
    static String reason(String explanation) {
        int cut = explanation.lastIndexOf("；个人");
        return (cut > 0 ? explanation.substring(0, cut) : explanation).replace("；", "，").replace("（就高不就低）", "，就高不就低");
    }

    private String tierStandards(Policy p, LocalDate day, Set<Cite> cites) {
        List<Standard> general = generalStandards(p, day, cites);
        // "8月份才去交，还是交280就行吗": on such a day the payer also bears the fiscal share
        boolean fiscalShare = day != null && general.stream().anyMatch(Standard::payerBearsFiscalShare);
        return "个人缴费标准" + String.join("、", general.stream().map(s -> s.tierName() + Words.yuan(s.amount())).toList())
                + "（每人每年，可自选档次）" + (fiscalShare ? "，" + Words.date(day) + "缴费的另需自行承担财政补助部分（金额通知未写明）" : "") + "。";
    }

    /** The standards for everyone but students, paid on {@code day} (on any day when null), each cited. */
    static List<Standard> generalStandards(Policy p, LocalDate day, Set<Cite> cites) {
        List<Standard> general = p.standards().stream().filter(s -> s.students().isEmpty() && (day == null || s.appliesOn(day))).toList();
        general.forEach(s -> cites.add(s.cite()));
        return general;
    }

    /** Where the notice changes the amount for later payments (南川 from July; subsidies only until June). */
    private void laterPeriods(Policy p, int tier, Understanding u, StringBuilder b, Set<Cite> cites) {
        boolean ownStandard = u.student() != null && p.standards().stream().anyMatch(s -> s.students().contains(u.student()));
        // a day said is priced already; only the groups' subsidy periods are still worth saying ("8月才来交，还有资助吗")
        for (Standard s : ownStandard || u.date() != null ? List.<Standard>of() : p.standards()) {
            if (s.tier() == tier && s.payerBearsFiscalShare() && s.students().isEmpty()) {
                b.append(fiscalShare(s));
                cites.add(s.cite());
            }
        }
        for (SpecialGroup g : u.groups()) {
            p.subsidies().stream().filter(s -> s.groups().contains(g) && s.kind() != Subsidy.Kind.NOT_STATED
                            && (s.paidTo() != null || s.periodCite() != null))
                    .findFirst().ifPresent(s -> {
                        // "特困人员…全额资助参加二档": which tier the subsidy is for, where the notice has two and none was asked
                        String reading = s.interpretation() == null ? "" : s.interpretation().split("。")[0];
                        if (p.tiers().size() > 1 && u.tier() == null && reading.contains("档")) b.append(reading).append("。");
                        if (s.paidTo() != null) {
                            b.append(vocabulary.label(g)).append("的资助时间为").append(Words.date(s.paidFrom())).append("至").append(Words.date(s.paidTo())).append("。");
                        } else {
                            // a group the notice subsidises all year while others only for a period (南川 建档立卡)
                            p.facts().stream().filter(f -> f.key().equals("subsidy-period")).findFirst().ifPresent(f -> b.append(f.text()));
                        }
                        p.facts().stream().filter(f -> f.key().equals("subsidy-period")).map(Fact::cite).findFirst().ifPresent(cites::add);
                    });
        }
    }

    /**
     * "退伍回来了，还交得到不，交好多": a veteran, graduate, released prisoner or returning worker asking the price usually
     * also asks whether and when they may still pay; the notice's own window for them, and when cover starts after it.
     */
    static void ownWindow(Policy p, Understanding u, StringBuilder b, Set<Cite> cites) {
        Enrollment e = u.enrollment();
        if (e == null || e == Enrollment.NEWBORN || e == Enrollment.FIRST_TIME) return;
        p.windows().stream().filter(w -> w.status() == WindowStatus.LATE && w.enrollments().contains(e) && w.daysAfterBirth() == null)
                .findFirst().ifPresent(w -> {
                    b.append(Words.label(w)).append("：").append(Words.period(w));
                    Benefit benefit = w.benefit();
                    if (benefit != null && benefit.kind() != Benefit.Kind.NOT_STATED) b.append("，").append(WindowAnswers.words(benefit));
                    b.append("。");
                    cites.add(w.cite());
                    if (benefit != null && benefit.cite() != null) cites.add(benefit.cite());
                });
    }

    private String studentNote(Policy p, Student st, Set<Cite> cites) {
        boolean specific = p.standards().stream().anyMatch(s -> s.students().contains(st));
        if (specific) return "";
        p.facts().stream().filter(f -> f.key().equals("students-with-family")).findFirst().ifPresent(f -> cites.add(f.cite()));
        return studentWord(st) + "与其他居民执行同一缴费标准。"
                + (p.facts().stream().anyMatch(f -> f.key().equals("students-with-family")) ? "在校学生随家庭整体参保缴费。" : "");
    }

    static String studentWord(Student s) {
        return switch (s) {
            case PRESCHOOL -> "学龄前儿童";
            case PRIMARY_SECONDARY -> "中小学生";
            case VOCATIONAL -> "中职学生";
            case COLLEGE -> "大学生";
            case NONE -> "每人";
        };
    }

    private static boolean isWindowCite(Policy p, Citation c) {
        return p.windows().stream().anyMatch(w -> w.cite().clause().equals(c.clause()) && w.cite().quote().equals(c.quote()));
    }

    static List<Citation> dedupe(List<Citation> cs) { return List.copyOf(new LinkedHashSet<>(cs)); }
}
