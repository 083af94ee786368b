package cn.jumin.yibao.bot;

import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.engine.EligibilityEngine;
import cn.jumin.yibao.policy.engine.NewbornPlanner;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chat engine: understands a resident's message, computes the answer with the policy engine where it can,
 * retrieves the clause where it cannot, and says plainly when the notices do not answer. Remembers the area, year
 * and last question per user for 30 idle minutes. Plain Java: no HTTP, no CDI.
 */
public final class ChatEngine {
    public static final int MAX_REPLY = 300;
    public static final int MAX_MESSAGE = 500;

    private final PolicyLibrary library;
    private final Parser parser;
    private final Sessions sessions;
    private final FeeAnswers fees;
    private final NewbornAnswers newborns;
    private final WindowAnswers windows;
    private final EligibilityAnswers eligibility;
    private final ServiceAnswers services = new ServiceAnswers();
    private final SearchAnswers search;
    private final Refusals refusals;
    private final FactAnswers facts;
    private final Lexicon lexicon;

    public ChatEngine(PolicyLibrary library, KnowledgeBase kb) {
        this(library, kb, Lexicon.load(), 100_000, Duration.ofMinutes(30), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    /** {@code maxSessions} conversations at most, each forgotten after {@code idle} without a message. */
    public ChatEngine(PolicyLibrary library, KnowledgeBase kb, Lexicon lexicon, long maxSessions, Duration idle,
                      com.github.benmanes.caffeine.cache.Ticker ticker) {
        this.library = library;
        this.lexicon = lexicon;
        this.parser = new Parser(lexicon, library);
        this.facts = new FactAnswers(lexicon);
        this.sessions = new Sessions(maxSessions, idle, ticker);
        QuoteEngine quotes = new QuoteEngine(library.groups());
        this.fees = new FeeAnswers(quotes, library.groups(), lexicon.parentsOnly, lexicon.nuclearFamilyOnly);
        this.newborns = new NewbornAnswers(new NewbornPlanner());
        this.windows = new WindowAnswers(quotes);
        this.eligibility = new EligibilityAnswers(new EligibilityEngine());
        this.search = new SearchAnswers(kb);
        this.refusals = new Refusals(library);
    }

    public ChatReply reply(ChatRequest request) {
        String message = Text.clean(request.message());
        if (message.isEmpty()) return fit(refusals.invalid("请输入您的问题，例如“楚雄低保户交多少”。"));
        if (!Text.hasWords(message)) return fit(refusals.invalid("我只能看懂文字，请用文字描述您的问题，例如“新生儿怎么参保”。"));
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE);

        Conversation c = sessions.of(request.userId() == null ? "anonymous" : request.userId());
        synchronized (c) {
            String known = Optional.ofNullable(request.region()).flatMap(library::resolveRegion).orElse(c.region);
            Answer a = answer(c, parser.parse(message, known), message, request.region());
            return fit(a);
        }
    }

    private Answer answer(Conversation c, Understanding u, String message, String channelRegion) {
        final Understanding own = u; // this message alone, before the conversation fills it in
        boolean sameFamily = false; // the household of the last answer, revised or restated
        Parser.Revision revision = Parser.revision(u.text()); // read once: "再算上…", "把我去掉…", "就剩两个"
        // "那景洪市的呢": another place asked about in a follow-up is not the area of the conversation
        if (u.otherPlace() != null && u.region() == null && u.outOfScopeTopic() == null && u.followUp()) return refusals.otherPlace(u.otherPlace());
        String region = u.region() != null ? u.region()
                : Optional.ofNullable(channelRegion).flatMap(library::resolveRegion).orElse(c.region);
        // another area: the year remembered was the other area's ("勐腊2019年…" then "户口在随县…")
        if (u.region() != null && c.region != null && !u.region().equals(c.region) && u.year() == null) c.year = null;
        if (u.region() != null) c.region = u.region(); // "我是勐腊的": remembered even before a question
        Intent intent = u.intent();
        // "12月20号没赶上，还能补交不": the day named is the deadline missed, not the day of payment
        if ((intent == Intent.DEADLINE || intent == Intent.BENEFIT_START) && Parser.namesADeadline(u.text())
                && Parser.containsAny(u.text(), MISSED)) {
            u = withoutDay(u);
        }

        // "杜集低保是哪个部门认定的" then "那计划生育特殊家庭呢": the same question of the clauses, about the new words
        String query = message;
        String place = lexicon.places.keySet().stream().filter(message::contains).findFirst().orElse(null);
        if (place != null) c.place = place;
        // "我们村今年参保任务是好多人" after "我是金佛村的": the village named before is the one asked about
        else if (c.place != null && Parser.containsAny(message, OUR_VILLAGE)) {
            query = c.place + "，" + message;
            u = u.withText(c.place + "，" + u.text());
        }
        if (u.followUp() && c.lastIntent == Intent.SEARCH && c.last != null && c.pending == null
                && (intent == null || intent == Intent.FEE && !Parser.asksPrice(u.text()))) {
            query = c.last.text() + "，" + message;
            u = merge(c.last, u);
            intent = Intent.SEARCH;
            if (region == null) region = c.region;
        }
        // "说错了，我爸不是建档立卡，是特困供养" / "我爷爷是建档立卡贫困户，重新算下": the household before, one person's
        // groups (or age) put right, nobody added
        else if (c.last != null && (c.lastIntent == Intent.HOUSEHOLD || c.lastIntent == Intent.FEE && householdSize(c.last) >= 2)
                && u.region() == null && Parser.containsAny(u.text(), CORRECTION) && revision == null) {
            intent = Intent.HOUSEHOLD;
            u = corrected(c.last, u);
            sameFamily = true;
        }
        // an answer to "which area?": go back to the waiting question
        else if (c.pending != null && u.region() != null && (intent == null || !u.hasFacts() && intent == Intent.CLARIFY)) {
            Understanding waiting = c.pending;
            c.pending = null;
            u = merge(waiting, u);
            intent = waiting.intent();
        } else if (intent == null && (u.followUp() || u.hasFacts() || u.region() != null
                        && (u.text().length() <= 8 || Parser.containsAny(u.text(), "换成", "换到", "改成", "换作")))
                && c.lastIntent != null && c.last != null) {
            intent = c.lastIntent;
            u = merge(c.last, u);
        } else if (c.lastIntent == Intent.HOUSEHOLD && c.last != null && u.region() == null
                && (intent == null || intent == Intent.HOUSEHOLD || intent == Intent.FEE || intent == Intent.ELIGIBILITY
                    || intent == Intent.NEWBORN && Parser.containsAny(u.text(), "算上", "加上", "算进去")) // "还有个刚生的，也要算上"
                && revision != null) {
            // "再算上我侄子，现在五个人多少" / "把我去掉再算一下": the household of the last answer, changed
            intent = Intent.HOUSEHOLD;
            u = revised(c.last, u, revision);
            sameFamily = true;
        } else if (c.lastIntent == Intent.HOUSEHOLD && c.last != null && intent == Intent.HOUSEHOLD && u.members().isEmpty()
                && !c.last.members().isEmpty() && u.people() != null && u.people() == householdSize(c.last)) {
            // "那一家四口一档一共多少" / "同样这一家四口，户口在杜集": the family said before, the same people
            u = revised(c.last, u, new Parser.Revision(0, null, false, null));
            sameFamily = true;
        } else if (intent != null && c.family != null && u.region() == null && u.people() == null && u.members().isEmpty()
                && c.family.members().stream().mapToInt(MemberSpec::count).sum() >= 2
                && Parser.containsAny(u.text(), THE_TWO) && Parser.containsAny(u.text(), TOGETHER)) {
            // "俺娘是低保", "俺爹是特困供养", then "他俩加起来自己要掏多少": the two told about, priced together below
            intent = Intent.HOUSEHOLD;
        } else if (c.lastIntent == Intent.FEE && c.last != null && !c.last.groups().isEmpty() && !u.groups().isEmpty()
                && u.people() == null && sameOneAgain(c.last, u)) {
            // "随县一般贫困户交几多" then "我屋里还是低保，两个资助加起来…": one person in both groups, the higher subsidy
            intent = Intent.FEE;
            Set<cn.jumin.yibao.policy.model.SpecialGroup> both = new java.util.LinkedHashSet<>(c.last.groups());
            both.addAll(u.groups());
            u = withGroups(merge(c.last, u), both);
        } else if (c.lastIntent == Intent.FEE && c.last != null && !c.last.groups().isEmpty() && !u.groups().isEmpty()
                && (u.people() == null || u.people() == 2 && u.members().stream().mapToInt(MemberSpec::count).sum() == 1)
                && Parser.containsAny(u.text(), TOGETHER) && (u.region() == null || u.region().equals(c.last.region()))) {
            // "我老汉是低保，交好多" then "那我妈呢，她是特困，两个一起交好多": a household of the two
            // (not across areas: "楚雄…我妈低保" then "俺姑在杜集也是低保，她跟姑父两口子" is another household)
            // ("俺是低保户" then "俺老伴也是低保 俺俩一共呢": the two are the one before and the one named now)
            intent = Intent.HOUSEHOLD;
            u = together(c.last, u);
        } else if (c.lastIntent == Intent.HOUSEHOLD && c.last != null && u.region() == null && u.groups().isEmpty()
                && u.members().stream().anyMatch(m -> m.tier() != null) && Parser.containsAny(u.text(), TOGETHER)) {
            // "建档立卡户，三个人…都交一档" then "要是我一个人换成二档，另外两个还是一档，一共好多": the same household, tiers changed
            intent = Intent.HOUSEHOLD;
            u = retiered(c.last, u);
            sameFamily = true;
        } else if (u.followUp() && c.last != null && intent == c.lastIntent) {
            u = merge(c.last, u);
        } else if (u.followUp() && c.last != null && intent == Intent.FEE && c.lastIntent == Intent.HOUSEHOLD
                && u.people() == null && u.members().isEmpty()) {
            // "我家3口人…交好多" then "二档呢": the same household, in the other tier
            intent = Intent.HOUSEHOLD;
            u = merge(c.last, u);
        } else if (c.lastIntent == Intent.NEWBORN && c.last != null && aboutTheSameBaby(u, intent)) {
            // "娃儿刚生" then "好多天之内要去办": the deadline asked is the newborn's, not the year's payment window
            intent = Intent.NEWBORN;
            boolean dayNow = u.date() != null || u.monthDay() != null;
            u = merge(c.last, u);
            // "孩子2019年1月10号出生" then "4月11号才去办的": the birth said before and the day said now, read together
            if (dayNow) u = u.withText(c.last.text() + "，" + u.text());
        } else if (c.lastIntent == Intent.NEWBORN && c.last != null && intent == Intent.DOCUMENTS && noSubjectOfItsOwn(u)) {
            // "南城街道新生儿咋个参保" then "要带啥子材料": the baby's papers
            u = merge(c.last, u);
        } else if (c.last != null && c.last.student() != null && intent == Intent.CHANNEL && noSubjectOfItsOwn(u)
                && Parser.containsAny(u.text(), "他", "她", "娃", "伢", "孩子", "学生")) {
            // "我女儿在重庆读大学" then "她的医保在哪交": the student's own way of paying
            u = merge(c.last, u);
        } else if (c.lastIntent == Intent.ELIGIBILITY && c.last != null && intent == Intent.DOCUMENTS && noSubjectOfItsOwn(u)) {
            // "我户口在临沧，住勐腊" then "老家那边要开个啥证明": the papers of the person whose joining was asked
            u = merge(c.last, u);
        } else if (c.last != null && intent == Intent.HOUSEHOLD && u.region() == null && u.members().isEmpty() && u.groups().isEmpty()
                && u.tier() == null && u.people() != null && u.people() == Parser.peopleNamed(c.last.text()) && u.text().length() <= 16) {
            // "我想给我爸妈都买二档" then "两个人一共多少": the two named before, in the tier they chose
            u = merge(c.last, u);
        } else if (c.last != null && carriesOn(u, intent)) {
            // "我是建档立卡贫困户" then "要是选二档，自己要出好多": the same person, household and day as before
            boolean household = c.last.people() != null && c.last.people() >= 2
                    || c.last.members().stream().mapToInt(MemberSpec::count).sum() >= 2;
            u = merge(c.last, u);
            // … unless one person's price is asked ("那买二档的话，一个人自己掏好多")
            if (household && intent == Intent.FEE && own.people() == null) intent = Intent.HOUSEHOLD;
        }
        if (intent == null && facts.asks(u.text())) intent = Intent.SEARCH; // answered by the fact, with its clause
        if (intent == null) {
            intent = region != null && Text.looksLikePolicyQuestion(u.text()) ? Intent.SEARCH
                    : region == null && Text.looksLikePolicyQuestion(u.text()) ? Intent.SEARCH : null;
        }
        // "楚雄 智付通终端 网点在哪", "杜集 学生 代收": a search-box query in the notice's own words, with its area
        if (intent == null && u.region() != null && u.outOfScopeTopic() == null && search.findsClearly(u.region(), withoutAreaNames(u.text()))) {
            intent = Intent.SEARCH;
        }
        if (intent == null && u.hasFacts()) c.last = c.last == null ? u : merge(c.last, u); // "南川的，屋头五个人": for the question to come
        // an area alone ("楚雄的") is a greeting; anything longer that we cannot read is declined with the hotline
        if (intent == null) {
            // … and so is saying where one is from ("我们是重庆南川区南城街道的", "俺家住随县")
            if (u.region() != null && SAYS_WHERE_FROM.matcher(withoutAreaNames(u.text())).replaceAll("").length() <= 3) return refusals.greeting(u.region());
            return own.hasFacts() ? refusals.noted() : refusals.unclear(); // "我在上海打工": told, nothing asked yet
        }

        switch (intent) {
            case GREETING: return refusals.greeting(u.region());
            case THANKS: return refusals.thanks();
            case OUT_OF_SCOPE:
                if (u.otherPlace() != null && u.region() == null && u.outOfScopeTopic() == null) return refusals.otherPlace(u.otherPlace());
                return refusals.outOfScope(u.outOfScopeTopic(), region == null ? null : library.area(region).name());
            default:
                break;
        }
        if (u.otherPlace() != null && u.region() == null) return refusals.otherPlace(u.otherPlace());
        // "考研报名啥时候开始": not about the scheme at all, at the start of a conversation
        if (region == null && c.last == null && !Parser.aboutTheScheme(u.text())) return refusals.outOfScope(null, null);
        if (region == null) {
            c.pending = withIntent(u, intent);
            return refusals.askArea(null);
        }
        c.region = region;
        Integer year = u.year() != null ? u.year() : c.year;
        Policy policy;
        if (year != null) {
            Optional<Policy> p = library.policy(region, year);
            if (p.isEmpty()) {
                if (u.year() != null) return refusals.noNotice(library.area(region).name(), year, library.years(region));
                policy = library.latest(region).orElseThrow();
            } else {
                policy = p.get();
                if (u.year() != null) c.year = year;
            }
        } else {
            policy = library.latest(region).orElseThrow();
        }
        // "家里4口人" … "我妈是一级残疾" … "一家子加起来交好多": the family told about in earlier messages
        // … also when this message names some of them ("我爸是建档立卡，其他都普通，一共交多少" after "我们家4个人")
        boolean fewerThanTold = c.family != null && own.people() == null && c.family.people() != null
                && own.members().stream().mapToInt(MemberSpec::count).sum() < c.family.people();
        if (intent == Intent.HOUSEHOLD && !sameFamily && c.family != null && (own.members().isEmpty() || fewerThanTold)) u = withFamily(u, own, c.family);
        c.family = remembered(c.family, own);
        c.lastIntent = intent;
        c.last = withIntent(u, intent);
        // a price asked for a day on which the window is shut: first of all, that it is shut
        Answer answer = intent == Intent.FEE && windows.closedOn(policy, u) ? windows.onDay(policy, u, Intent.FEE)
                : compute(intent, policy, u, query);
        Intent also = alsoAsked(u, intent, answer);
        if (also != null) {
            // "老公在单位交的职工医保，我跟两个孩子…一共多少": the family's price, then why the husband is not in it
            Answer more = also == Intent.ELIGIBILITY && intent == Intent.HOUSEHOLD
                    ? eligibility.relativeInEmployeeScheme(policy, u.employeeOnly())
                    : compute(also, policy, u, message);
            answer = both(answer, more, policy);
        }
        return facts.with(answer, policy, u);
    }

    private Answer compute(Intent intent, Policy policy, Understanding u, String message) {
        return switch (intent) {
            case FEE -> fees.person(policy, u);
            case HOUSEHOLD -> fees.household(policy, u);
            case NEWBORN -> newborns.answer(policy, u);
            case DEADLINE -> windows.deadline(policy, u);
            // "孙子户口落了4个多月了…从哪天开始能报销": a newborn's cover, by the newborn rules and the baby's age
            case BENEFIT_START -> u.enrollment() == Enrollment.NEWBORN && u.babyAgeDays() != null && u.date() == null
                    ? newborns.answer(policy, u) : windows.benefit(policy, u);
            case ELIGIBILITY -> eligibility.answer(policy, u);
            case CHANNEL -> services.channels(policy, u);
            // "户口在临沧…" then "老家那边要开个啥证明": what a resident from elsewhere must bring
            case DOCUMENTS -> Boolean.FALSE.equals(u.localHukou()) ? eligibility.documents(policy, u).orElseGet(() -> services.documents(policy, u))
                    : services.documents(policy, u);
            default -> search.answer(policy, u, message);
        };
    }

    /**
     * The second question of a two-part message ("还能交么 交几多 几时能用"): the price, when the first answer was
     * about a window or eligibility and said nothing of money; when cover starts, when the first answer did not say.
     */
    private static Intent alsoAsked(Understanding u, Intent intent, Answer first) {
        String t = u.text();
        boolean refused = first.text().contains("不能参加") || first.text().contains("不在允许缴费的时间内")
                || first.text().contains("不得补缴");
        if (first.needsClarification()) return null;
        boolean saysMoney = AMOUNT.matcher(first.text()).find();
        // "单位给我交了职工医保…我媳妇没上班，她交好多": the speaker may not join, the spouse's price is still asked
        if (refused) {
            return intent == Intent.ELIGIBILITY && Parser.asksPrice(t) && !saysMoney && Parser.containsAny(t, OTHER_PERSON)
                    ? Intent.FEE : null;
        }
        if ((intent == Intent.BENEFIT_START || intent == Intent.DEADLINE || intent == Intent.ELIGIBILITY)
                && Parser.asksPrice(t) && !saysMoney) return Intent.FEE;
        // "医保交多少 几号截止": the price, then the windows
        if ((intent == Intent.FEE || intent == Intent.HOUSEHOLD) && u.date() == null && u.monthDay() == null
                && Parser.containsAny(t, "截止", "最晚", "最迟", "哪天结束", "几号结束", "几日结束") && !first.text().contains("缴费期")
                && !first.text().contains("参保期")) return Intent.DEADLINE;
        // "2021年9月30号去交还来得及不，交一档要好多": whether that day is still open, beside the price
        // … or a time of the year said in words ("腊月交还赶得上吧")
        if ((intent == Intent.FEE || intent == Intent.HOUSEHOLD) && (u.date() != null || u.monthDay() != null || Parser.containsAny(t, SEASON_WORDS))
                && Parser.containsAny(t, "来得及", "还能交", "还能缴", "赶得上", "赶趟", "再交行不行", "再交可以不", "再交行不", "还可以交", "还能办", "还交得", "能交不", "还能不能交")
                && !first.text().contains("缴费期") && !first.text().contains("参保期")) return Intent.DEADLINE;
        if ((intent == Intent.FEE || intent == Intent.DEADLINE || intent == Intent.ELIGIBILITY)
                && Parser.asksCoverStart(t) && !first.text().contains("享受") && !first.text().contains("待遇")) {
            return Intent.BENEFIT_START;
        }
        // "交多少，在哪交" / "能用微信交不": where to pay, after a price that did not say it
        if ((intent == Intent.FEE || intent == Intent.HOUSEHOLD || intent == Intent.ELIGIBILITY || intent == Intent.DEADLINE)
                && Parser.asksWhereToPay(t)
                && !first.text().contains("缴费渠道")) {
            return Intent.CHANNEL;
        }
        // "先去哪登记，再去哪交钱": where to register beside where to pay, and the other way round
        if ((intent == Intent.CHANNEL || intent == Intent.ELIGIBILITY) && Parser.containsAny(t, WHERE_TO_REGISTER)
                && !first.text().contains("办理地点")) return Intent.DOCUMENTS; // "能在随县参保吗 去哪登记": and where
        if (intent == Intent.DOCUMENTS && Parser.asksWhereToPay(t) && !first.text().contains("缴费渠道")) return Intent.CHANNEL;
        // "重点优抚对象医保怎么交": the group's own price beside the channels
        if (intent == Intent.CHANNEL && !u.groups().isEmpty() && !saysMoney) return Intent.FEE;
        if (intent == Intent.CHANNEL && u.student() != null && Parser.asksPrice(t) && !saysMoney) return Intent.FEE;
        // "新生儿医保一年交多少钱" / "双胞胎两个一共要好多钱": the baby's price beside the newborn rules
        if (intent == Intent.NEWBORN && Parser.asksPrice(t) && !saysMoney) {
            return u.people() != null && u.people() >= 2 || u.members().stream().mapToInt(MemberSpec::count).sum() >= 2
                    ? Intent.HOUSEHOLD : Intent.FEE;
        }
        if (intent == Intent.HOUSEHOLD && !Parser.inResidentScheme(t).equals(t)) return Intent.ELIGIBILITY;
        // "农民工…能参加城乡居民医保不？一年交好多": whether one may join, after the price
        if (intent == Intent.FEE && Parser.containsAny(t, ASKS_TO_JOIN)) return Intent.ELIGIBILITY;
        // "特困由谁认定": the clause that says which department, after the price
        if ((intent == Intent.FEE || intent == Intent.HOUSEHOLD) && Parser.containsAny(t, WHO_CERTIFIES)) return Intent.SEARCH;
        return null;
    }

    private static final String[] WHERE_TO_REGISTER = Phrases.of("whereToRegister");
    private static final String[] ASKS_TO_JOIN = Phrases.of("asksToJoin");
    private static final String[] OTHER_PERSON = Phrases.of("otherPerson");
    private static final String[] WHO_CERTIFIES = Phrases.of("whoCertifies");

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\d元");

    /** Only the characters that carry meaning, to compare two wordings of the same list. */
    private static String bare(String text) { return text.replaceAll("[^\\p{IsHan}\\d]", ""); }

    /** Two answers in one reply: the second without the notice's name it shares with the first. */
    private static Answer both(Answer first, Answer second, Policy policy) {
        // a person's price that already says when their cover starts answers both parts
        if (first.intent() == Intent.BENEFIT_START && second.text().contains("享受待遇")) {
            return new Answer(first.intent(), second.text(), second.citations(), false, first.suggestions());
        }
        // the second part goes on under the same notice: its name is not said twice
        String head = Words.notice(policy);
        String rest = second.text().startsWith(head + "：") ? second.text().substring(head.length() + 1)
                : second.text().startsWith(head) ? second.text().substring(head.length()) : second.text();
        // … and what the first part said already (the papers an eligibility answer listed) is not said again
        String seen = bare(first.text());
        StringBuilder kept = new StringBuilder();
        for (String sentence : rest.split("(?<=。)")) {
            String core = bare(sentence.replaceAll("（依据通知[^）]*）", ""));
            if (core.length() >= 8 && seen.contains(core)) continue;
            // the clause line of a part whose every sentence was said already would only repeat the first's
            if (core.isEmpty() && kept.isEmpty()) continue;
            kept.append(sentence);
        }
        String text = first.text().replace(Words.HOTLINE, "") + kept;
        List<Citation> cites = new ArrayList<>(first.citations());
        cites.addAll(second.citations());
        return new Answer(first.intent(), text, cites, false, first.suggestions());
    }

    /** A short when-question with no subject of its own, right after a newborn question, is still about the baby. */
    private static boolean aboutTheSameBaby(Understanding u, Intent intent) {
        // "超过90天了咋个办" after a newborn question: the same baby, late
        return (intent == Intent.DEADLINE || intent == Intent.BENEFIT_START || intent == Intent.NEWBORN || intent == null && u.late())
                && noSubjectOfItsOwn(u);
    }

    private static boolean noSubjectOfItsOwn(Understanding u) {
        // a day said makes a message longer without giving it a subject ("我2021年1月2号才去交，超没超90天")
        int room = u.date() != null || u.monthDay() != null ? 24 : 16;
        return u.region() == null && u.groups().isEmpty() && u.people() == null && u.members().isEmpty()
                && u.student() == null && u.identity() == null && u.text().length() <= room;
    }

    /**
     * A question with no person, household or area of its own ("一共要交几多", "从哪天开始能报销", "他买一档要好多")
     * goes on about the one before it.
     */
    private static boolean carriesOn(Understanding u, Intent intent) {
        return intent != null && u.region() == null && u.text().length() <= 24
                && switch (intent) { case FEE, HOUSEHOLD, DEADLINE, BENEFIT_START, ELIGIBILITY, NEWBORN -> true; default -> false; }
                && u.groups().isEmpty() && (u.people() == null || u.people() == 1) && u.members().isEmpty() && u.student() == null
                && u.enrollment() == null && u.identity() == null && u.employeeInsured() == null && u.localHukou() == null;
    }

    /** Words that put right what was said before ("说错了", "重新算下"). */
    private static final String[] CORRECTION = Phrases.of("correction");
    /** Words that add people to those asked about before ("再加上我妈和我"). */
    private static final String[] ADDING = Phrases.of("adding");
    /** The two people told about before ("他俩", "她们两个"). */
    private static final String[] THE_TWO = Phrases.of("theTwo");
    /** Words that ask for the total of the people named so far. */
    private static final String[] TOGETHER = Phrases.of("together");

    /** The person of the earlier question and the one of this message, as a household of two. */
    private static Understanding together(Understanding before, Understanding now) {
        Understanding m = merge(before, now);
        List<MemberSpec> members = new ArrayList<>(List.of(new MemberSpec(1, before.groups(), before.student(), before.text())));
        int people = 2;
        if (Parser.containsAny(now.text(), ADDING)) {
            // "我爸低保" then "再加上我妈和我，我妈也是低保，我是普通的": the one before and everyone added now
            members.addAll(now.members().stream().filter(x -> x.count() > 0).toList());
            people = Math.max(now.people() == null ? 0 : now.people(), 1 + Math.max(1, Parser.peopleNamed(now.text())));
        } else {
            members.add(new MemberSpec(1, now.groups(), now.student(), now.text()));
        }
        return new Understanding(m.text(), Intent.HOUSEHOLD, m.intentFromKeywords(), m.region(), m.year(), m.groups(), m.tier(),
                m.date(), m.monthDay(), m.babyAgeDays(), people, List.copyOf(members), null, m.enrollment(), m.identity(), m.employeeInsured(),
                m.localHukou(), m.residencePermit(), m.parentsBothInsured(), m.outOfScopeTopic(), m.otherPlace(), m.followUp(), m.late(), m.monthOnly());
    }

    /** The household before with one person's groups put right, read together with what was said before (ages). */
    private static Understanding corrected(Understanding before, Understanding now) {
        List<MemberSpec> members = new ArrayList<>(before.members());
        String who = Parser.whoIn(now.text());
        int at = -1;
        for (int i = 0; i < members.size(); i++) if (members.get(i).count() == 1 && Parser.whoIn(members.get(i).label()).equals(who)) at = i;
        // the groups said now of that person (none: "他啥都不是")
        java.util.Set<cn.jumin.yibao.policy.model.SpecialGroup> groups = new java.util.LinkedHashSet<>(now.groups());
        MemberSpec put = new MemberSpec(1, groups, null, now.text());
        if (at >= 0) {
            if (groups.isEmpty()) members.remove(at);
            else members.set(at, put);
        } else if (!groups.isEmpty() && !who.equals(now.text())) {
            members.add(put); // "我爷爷是建档立卡贫困户，重新算下": one of the people counted before
        }
        Understanding m = merge(before, now).withText(before.text() + "，" + now.text());
        java.util.Set<cn.jumin.yibao.policy.model.SpecialGroup> all = new java.util.LinkedHashSet<>();
        members.forEach(x -> all.addAll(x.groups()));
        return m.household(householdSize(before), List.copyOf(members), all, before.student(), before.employeeInsured());
    }

    /** What a message tells of the resident's own family: its size, and members with their groups. */
    private static Conversation.Family remembered(Conversation.Family before, Understanding own) {
        List<MemberSpec> told = new ArrayList<>();
        for (MemberSpec m : own.members()) {
            // "我们是一般贫困户" holds for the family; "低保户交多少" is a question about the group, not about us
            if (m.count() > 0 || Parser.speaksOfUs(m.label())) told.add(m);
        }
        // "我们村是27个边境一线的村子之一": a group of the whole household, said without a member
        if (own.members().isEmpty() && !own.groups().isEmpty() && Parser.speaksOfUs(own.text())) {
            told.add(new MemberSpec(0, own.groups(), null, own.text()));
        }
        if (own.people() == null && told.isEmpty()) return before;
        List<MemberSpec> members = new ArrayList<>(before == null ? List.of() : before.members());
        // "我妈是低保" said again is the same mother: a member told twice replaces the first telling
        for (MemberSpec m : told) {
            members.removeIf(b -> b.count() == m.count() && Parser.whoIn(b.label()).equals(Parser.whoIn(m.label())));
            members.add(m);
        }
        return new Conversation.Family(own.people() != null ? own.people() : before == null ? null : before.people(), List.copyOf(members));
    }

    /** A household question that names no member: the members told before, and the size if it gives none. */
    private static Understanding withFamily(Understanding u, Understanding own, Conversation.Family family) {
        // what the last question carried over already (its members, its size) stands; the family fills in the rest
        Integer people = own.people() != null ? own.people() : u.people() != null ? u.people() : family.people();
        List<MemberSpec> members = new ArrayList<>(!u.members().isEmpty() || family.members().isEmpty() ? u.members() : family.members());
        // "我们是一般贫困户，四口人" then "我爸是残疾人" then "全家一共": the household's own group still holds for all
        for (MemberSpec m : family.members()) if (m.count() == 0 && !members.contains(m)) members.add(m);
        Set<cn.jumin.yibao.policy.model.SpecialGroup> groups = new java.util.LinkedHashSet<>(u.groups());
        members.forEach(m -> groups.addAll(m.groups()));
        return u.household(people, members, groups, u.student(), u.employeeInsured());
    }

    private static int householdSize(Understanding u) {
        int counted = u.members().stream().mapToInt(MemberSpec::count).sum();
        return u.people() != null ? Math.max(u.people(), counted) : Math.max(1, counted);
    }

    /** The household said before, with the tiers now chosen for some of its people (the rest keep theirs). */
    private static Understanding retiered(Understanding before, Understanding now) {
        List<MemberSpec> members = new ArrayList<>();
        if (before.members().isEmpty() && !before.groups().isEmpty()) members.add(new MemberSpec(0, before.groups(), null, before.text()));
        List<MemberSpec> choices = new ArrayList<>(now.members().stream().filter(m -> m.tier() != null).toList());
        for (MemberSpec m : before.members()) {
            // "我换成二档": the member named before takes the tier now chosen for them
            MemberSpec chosen = m.count() == 0 ? null : choices.stream()
                    .filter(t -> t.count() == m.count() && Parser.whoIn(t.label()).equals(Parser.whoIn(m.label()))).findFirst().orElse(null);
            if (chosen != null) choices.remove(chosen);
            members.add(chosen == null ? m : new MemberSpec(m.count(), m.groups(), m.student(), m.label(), chosen.tier()));
        }
        members.addAll(choices);
        return merge(before, now).household(householdSize(before), members, new java.util.LinkedHashSet<>(before.groups()), before.student(), before.employeeInsured());
    }

    /** The household of the earlier question with the people a follow-up adds, takes out or says more about. */
    private static Understanding revised(Understanding before, Understanding now, Parser.Revision r) {
        List<MemberSpec> members = new ArrayList<>();
        Set<cn.jumin.yibao.policy.model.SpecialGroup> groups = new java.util.LinkedHashSet<>(before.groups());
        // what was said of the whole household ("边境村") still holds for everyone
        if (before.members().isEmpty() && !before.groups().isEmpty()) members.add(new MemberSpec(0, before.groups(), null, before.text()));
        int total = householdSize(before);
        int people;
        if (r.remaining() != null) {
            // "就剩两个小的": the children named before, or that many people
            for (MemberSpec m : before.members()) if (m.count() == 0 || r.children() && m.student() != null) members.add(m);
            people = r.remaining();
        } else if (r.removed() > 0) {
            // "两个孩子学校统一收": the pupils go; "我哥那份不用管了": the brother goes
            for (MemberSpec m : before.members()) {
                boolean gone = m.count() > 0 && (r.children() && m.student() != null || r.kin() != null && m.label().contains(r.kin()));
                if (!gone) members.add(m);
            }
            people = Math.max(1, total - r.removed());
        } else {
            // "其中我奶奶是特困" / "再算上我侄子": the people named before, with what is said now
            members.addAll(before.members());
            groups.addAll(now.groups());
            // "其中我奶奶是低保户", "这5个人里头我爸是…": one of those counted, nobody added
            boolean among = Parser.containsAny(now.text(), "其中", "里头", "里面", "当中") && !Parser.containsAny(now.text(), ADDING);
            people = among ? total : now.people() != null ? now.people() : total + Math.max(1, Parser.peopleNamed(now.text()));
            // "再加上我弟，他单独一户，是一般贫困户": a group said of a 户 added is the added people's, not everyone's
            int added = Math.max(1, people - total);
            for (MemberSpec m : now.members()) {
                members.add(m.count() == 0 && Parser.containsAny(now.text(), ADDING)
                        ? new MemberSpec(added, m.groups(), m.student(), m.label(), m.tier()) : m);
            }
        }
        return merge(before, now).household(people, members, groups, null, null);
    }

    /** The earlier question's facts, overridden by what the new message says. */
    private static Understanding merge(Understanding before, Understanding now) {
        // "错过了12月20号" names a deadline, not the day the resident paid: that day is not carried
        if (Parser.namesADeadline(before.text())) before = withoutDay(before);
        return new Understanding(now.text(), now.intent() != null ? now.intent() : before.intent(), now.intentFromKeywords(),
                now.region() != null ? now.region() : before.region(),
                // a year said of another area does not carry over to this one
                now.year() != null ? now.year() : now.region() == null || now.region().equals(before.region()) ? before.year() : null,
                !now.groups().isEmpty() ? now.groups() : before.groups(),
                now.tier() != null ? now.tier() : before.tier(),
                now.date() != null ? now.date() : before.date(), now.monthDay() != null ? now.monthDay() : before.monthDay(),
                now.babyAgeDays() != null ? now.babyAgeDays() : before.babyAgeDays(),
                now.people() != null ? now.people() : before.people(), !now.members().isEmpty() ? now.members() : before.members(),
                now.student() != null ? now.student() : before.student(), now.enrollment() != null ? now.enrollment() : before.enrollment(),
                now.identity() != null ? now.identity() : before.identity(),
                now.employeeInsured() != null ? now.employeeInsured() : before.employeeInsured(),
                now.localHukou() != null ? now.localHukou() : before.localHukou(),
                now.residencePermit() != null ? now.residencePermit() : before.residencePermit(),
                now.parentsBothInsured() != null ? now.parentsBothInsured() : before.parentsBothInsured(),
                now.outOfScopeTopic(), now.otherPlace(), now.followUp(), now.late() || before.late(),
                now.date() != null || now.monthDay() != null ? now.monthOnly() : before.monthOnly());
    }

    /** "我屋里还是低保": the same person or household said to be in one more group, nobody new named. */
    private static boolean sameOneAgain(Understanding before, Understanding u) {
        // "我公公是一般贫困户" then "他同时也是低保对象": he is the one relative named before
        boolean pronoun = Parser.containsAny(u.text(), "他", "她");
        return Parser.containsAny(u.text(), "还是", "也是", "又是", "同时是", "同时也是")
                && (!pronoun || Parser.namesOneRelative(before.text())) && !Parser.namesAnElder(u.text())
                && u.members().stream().mapToInt(MemberSpec::count).sum() <= 1;
    }

    private static Understanding withGroups(Understanding u, Set<cn.jumin.yibao.policy.model.SpecialGroup> groups) {
        return u.with(u.intent(), groups, List.of(), u.date(), u.monthDay());
    }

    /** The message without the area names it contains ("我是楚雄的" → "我是的"). */
    private String withoutAreaNames(String text) {
        String t = text.replaceAll("[\\p{P}\\s]", "");
        for (var e : library.namesLongestFirst()) t = t.replace(e.getKey().toLowerCase(), "");
        return t;
    }

    private static final String[] MISSED = Phrases.of("missed");
    /** A time of the year said in words: with 赶得上 / 来得及 beside a price, the windows are asked too. */
    private static final String[] SEASON_WORDS = Phrases.of("seasonWords");
    /** The resident's own village, for the village named earlier in the conversation. */
    private static final String[] OUR_VILLAGE = Phrases.of("ourVillage");
    private static final java.util.regex.Pattern SAYS_WHERE_FROM = java.util.regex.Pattern.compile("[我们俺咱家是的在住人这那边里头老户口省市县区镇乡街道村，,。！!~ ]");

    private static Understanding withoutDay(Understanding u) {
        return u.with(u.intent(), u.groups(), u.members(), null, null);
    }

    private static Understanding withIntent(Understanding u, Intent intent) {
        return u.with(intent, u.groups(), u.members(), u.date(), u.monthDay());
    }

    /** Fits the reply to a phone screen; at most four citations, each a distinct verbatim quote. */
    private static ChatReply fit(Answer a) {
        String text = a.text();
        // Where the notice is silent the resident is pointed to the office that can answer, on every path.
        boolean silent = text.contains("未写明") || text.contains("没有写明") || text.contains("没有写") || text.contains("无法确定")
                || text.contains("未写截止日");
        if (silent && !text.contains("12393")) {
            text = Words.shorten(text, MAX_REPLY - Words.HOTLINE.length()) + Words.HOTLINE;
        }
        text = Words.shorten(text, MAX_REPLY);
        return new ChatReply(text, a.intent().name(), firstOfEachClause(a.citations(), 4), a.needsClarification(), a.suggestions());
    }

    /** At most {@code max} distinct citations: one per clause first, in order, then further quotes of the same clauses. */
    static List<Citation> firstOfEachClause(List<Citation> all, int max) {
        Set<Citation> distinct = new LinkedHashSet<>(all);
        Set<String> clauses = new java.util.HashSet<>();
        List<Citation> out = new ArrayList<>();
        for (Citation c : distinct) if (out.size() < max && clauses.add(c.documentId() + c.clause())) out.add(c);
        for (Citation c : distinct) if (out.size() < max && !out.contains(c)) out.add(c);
        // in the order the answer gave them
        List<Citation> ordered = new ArrayList<>(distinct);
        out.sort(java.util.Comparator.comparingInt(ordered::indexOf));
        return out;
    }

    /** For tests and metrics: how many conversations are remembered. */
    public long conversations() { return sessions.size(); }
}
