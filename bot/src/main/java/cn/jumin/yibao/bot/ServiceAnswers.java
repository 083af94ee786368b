package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.Channel;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Item;
import cn.jumin.yibao.policy.model.Newborn;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Student;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where and how to pay, what to bring and where to go, as the notice lists them. */
final class ServiceAnswers {

    Answer channels(Policy p, Understanding u) {
        Set<Cite> cites = new LinkedHashSet<>();
        List<Channel> cs = new ArrayList<>(p.paymentChannels());
        cs.sort(Comparator.comparing(Channel::kind));
        // "我爷爷不会用手机，线下能去哪交": the channels in person first
        if (Parser.containsAny(u.text(), OFFLINE_ASKED)) cs.sort(Comparator.comparing((Channel c) -> c.kind() == Channel.Kind.ONLINE));
        StringBuilder b = new StringBuilder(Words.notice(p));
        // "鄂汇办能交吗": the channels the resident named come first, with a plain yes
        List<Channel> theirs = cs.stream().filter(c -> meantFor(c, u)).toList();
        List<Channel> brands = cs.stream().filter(c -> !theirs.contains(c) && named(c.name(), u.text())).toList();
        List<Channel> named = new ArrayList<>(theirs);
        named.addAll(brands);
        if (!named.isEmpty()) {
            b.append("：");
            // "在校生由学校统一组织代收" says itself how; a brand needs "可以通过…缴费"
            if (!theirs.isEmpty()) b.append(String.join("；", theirs.stream().map(Channel::name).toList())).append("。");
            if (!brands.isEmpty()) b.append("可以通过").append(String.join("、", brands.stream().map(Channel::name).toList())).append("缴费。");
            named.forEach(c -> cites.add(c.cite()));
            cs.removeAll(named);
            b.append("其他渠道：");
        } else {
            // "楚雄能用支付宝交不": a channel the notice does not list is said to be unlisted before the ones it does list
            List<String> unlisted = PAYMENT_BRANDS.stream().filter(w -> u.text().contains(w)
                    && p.paymentChannels().stream().noneMatch(c -> c.name().contains(w) || c.cite().quote().contains(w))).toList();
            b.append(unlisted.isEmpty() ? "缴费渠道：" : "：通知列出的缴费渠道里没有" + String.join("、", unlisted) + "。通知列出的渠道：");
        }
        for (Channel c : cs.stream().limit(named.isEmpty() ? 6 : 4).toList()) {
            b.append(c.name()).append("；");
            cites.add(c.cite());
        }
        b.setLength(b.length() - 1);
        b.append(cs.size() > (named.isEmpty() ? 6 : 4) ? "等。" : "。");
        boolean forOthers = cs.stream().anyMatch(c -> c.cite().quote().contains("他人"));
        if (forOthers) b.append("可以为自己和家人（他人）缴费。");
        if (Parser.containsAny(u.text(), TROUBLE)) trouble(p, b, cites);
        // "用哪个APP": when the notice names no app, say so
        boolean appNamed = p.paymentChannels().stream().anyMatch(c -> c.kind() == Channel.Kind.ONLINE
                && Parser.containsAny(c.name().toLowerCase(), "app", "微信", "支付宝", "办", "税务局", "银行"));
        if (!appNamed && Parser.containsAny(u.text(), "哪个app", "啥app", "什么app", "哪个软件", "用啥软件", "哪个小程序")) {
            b.append("通知没有写明用哪个APP。").append(Words.HOTLINE);
        }
        // "孩子上初中，医保在哪交": what the notice says of students' payment, when no channel is theirs
        if (u.student() != null && u.student() != Student.NONE && named.isEmpty()) {
            p.facts().stream().filter(f -> STUDENT_FACTS.contains(f.key())).findFirst().ifPresent(f -> {
                b.append(f.text());
                cites.add(f.cite());
            });
        }
        return answer(p, Intent.CHANNEL, b.toString(), cites);
    }

    /** "APP上交不了，一直报错": where the notice sends a payment that fails; else the offices it lists. */
    private static final String[] TROUBLE = Phrases.of("trouble");
    private static final String[] OFFLINE_ASKED = Phrases.of("offlineAsked");

    private static void trouble(Policy p, StringBuilder b, Set<Cite> cites) {
        List<Item> forFailures = p.offices().stream().filter(i -> Parser.containsAny(i.cite().quote(), "异常", "不能正常")).toList();
        List<Item> offices = (forFailures.isEmpty() ? p.offices() : forFailures).stream().limit(3).toList();
        if (offices.isEmpty()) { b.append("缴费遇到问题，").append(Words.HOTLINE); return; }
        b.append("缴费遇到问题：").append(String.join("；", offices.stream().map(Item::text).toList())).append("。");
        offices.forEach(i -> cites.add(i.cite()));
    }

    private static final Set<String> STUDENT_FACTS = Set.of("students-register", "students-with-family");
    /** Words of a village officer or collector paying for many: the organised channels are theirs. */
    private static final String[] COLLECTORS = Phrases.of("collectors");

    /** A channel the notice sets for this kind of payer: students through their school, collectors organised. */
    private static boolean meantFor(Channel c, Understanding u) {
        if (u.student() != null && c.students().contains(u.student())) return true;
        return c.kind() == Channel.Kind.ORGANIZED && c.forEveryone() && Parser.containsAny(u.text(), COLLECTORS);
    }

    /** Payment apps residents name; some notices do not list them (banks are left out: 农信 is 信用社, and so on). */
    private static final List<String> PAYMENT_BRANDS = List.of("支付宝", "微信", "云闪付");

    /** Place and brand words too common to name one channel. */
    private static final Set<String> GENERIC = Set.of("中国", "湖北", "重庆", "云南", "安徽", "各村", "手机", "网上", "线上", "线下", "银行", "通过");

    /** Whether the message names this channel: its first two or three characters (鄂汇办, 邮政, 农商行) appear in it. */
    static boolean named(String channel, String message) {
        String name = channel.replaceAll("[“”\"（）()]", "");
        for (int len = 3; len >= 2; len--) {
            if (name.length() < len) continue;
            String head = name.substring(0, len);
            if (!GENERIC.contains(head) && message.contains(head.toLowerCase())) return true;
        }
        return false;
    }

    Answer documents(Policy p, Understanding u) {
        if (u.enrollment() == Enrollment.NEWBORN && p.newborn() != null) return newbornDocuments(p, p.newborn());
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
        // "去哪登记，在俺庄上能办不": only where is asked; the papers are not
        boolean whereOnly = Parser.containsAny(u.text(), "哪登记", "哪里登记", "哪儿登记", "哪办", "哪里办", "哪儿办", "哪个地方办")
                && !Parser.containsAny(u.text(), "带", "材料", "证件", "资料", "手续", "证明");
        if (whereOnly && !p.offices().isEmpty()) {
            List<Item> offices = p.offices().stream().limit(3).toList();
            b.append("办理地点：").append(String.join("；", offices.stream().map(Item::text).toList())).append("。");
            offices.forEach(i -> cites.add(i.cite()));
            return answer(p, Intent.DOCUMENTS, b.toString(), cites);
        }
        if (!p.documents().isEmpty()) {
            for (Item i : p.documents().stream().limit(2).toList()) {
                b.append(i.text()).append("。");
                cites.add(i.cite());
            }
        } else {
            b.append("通知没有列出需要携带的材料。");
        }
        List<Item> offices = p.offices().stream().limit(3).toList();
        if (!offices.isEmpty()) {
            b.append("办理地点：").append(String.join("；", offices.stream().map(Item::text).toList())).append("。");
            offices.forEach(i -> cites.add(i.cite()));
        }
        return answer(p, Intent.DOCUMENTS, b.toString(), cites);
    }

    /** "要带啥子材料" right after a newborn question: the newborn's papers and office, under the newborn rule. */
    private static Answer newbornDocuments(Policy p, Newborn nb) {
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：新生儿参保");
        if (!nb.documents().isEmpty()) {
            b.append("需带：").append(String.join("、", nb.documents().stream().map(Item::text).limit(4).toList())).append("。");
            nb.documents().forEach(i -> cites.add(i.cite()));
        } else {
            b.append("需带哪些材料，通知没有写明。");
        }
        if (nb.deadline() != null) {
            b.append("须在出生后").append(nb.deadline().days()).append("天内办理。");
            cites.add(nb.deadline().cite());
        }
        List<Item> offices = (nb.offices().isEmpty() ? p.offices() : nb.offices()).stream().limit(3).toList();
        if (!offices.isEmpty()) {
            b.append("办理地点：").append(String.join("；", offices.stream().map(Item::text).toList())).append("。");
            offices.forEach(i -> cites.add(i.cite()));
        }
        if (nb.documents().isEmpty()) b.append(Words.HOTLINE);
        return answer(p, Intent.DOCUMENTS, b.toString(), cites);
    }

    private static Answer answer(Policy p, Intent intent, String text, Set<Cite> cites) {
        List<Citation> cs = new ArrayList<>();
        cites.forEach(c -> cs.add(p.cite(c)));
        return Answer.of(intent, text + Words.basis(cites), cs);
    }
}
