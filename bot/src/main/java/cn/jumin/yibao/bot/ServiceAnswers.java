package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.Channel;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Item;
import cn.jumin.yibao.policy.model.Policy;
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
        StringBuilder b = new StringBuilder(Words.notice(p)).append("缴费渠道：");
        for (Channel c : cs.stream().limit(6).toList()) {
            b.append(c.name()).append("；");
            cites.add(c.cite());
        }
        b.setLength(b.length() - 1);
        b.append(cs.size() > 6 ? "等。" : "。");
        boolean forOthers = cs.stream().anyMatch(c -> c.cite().quote().contains("他人"));
        if (forOthers) b.append("可以为自己和家人（他人）缴费。");
        return answer(p, Intent.CHANNEL, b.toString(), cites);
    }

    Answer documents(Policy p, Understanding u) {
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
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

    private static Answer answer(Policy p, Intent intent, String text, Set<Cite> cites) {
        List<Citation> cs = new ArrayList<>();
        cites.forEach(c -> cs.add(p.cite(c)));
        return Answer.of(intent, text + Words.basis(cites), cs);
    }
}
