package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.engine.Dates;
import cn.jumin.yibao.policy.engine.Money;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Window;
import cn.jumin.yibao.policy.model.WindowStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Small phrases the answers share: the notice's name, money, dates, the clause line. */
final class Words {
    static final String HOTLINE = "请咨询当地医保经办机构，或拨打医保服务热线12393。";

    private Words() {}

    /** 楚雄市2021年度 */
    static String notice(Policy p) { return p.area().name() + p.year() + "年度"; }

    static String yuan(BigDecimal v) { return Money.text(v); }

    static String date(LocalDate d) { return Dates.zh(d); }

    /** "依据：六、(六)" for one or more clauses, in order, without repeats. */
    static String basis(Collection<Cite> cites) {
        List<String> paths = cites.stream().map(Cite::clause).distinct().limit(3).toList();
        return paths.isEmpty() ? "" : "（依据通知" + String.join("", paths.stream().map(x -> "“" + x + "”").toList()) + "）";
    }

    /** The day a typical payment is made: the start of the central period, or its end where no start is given. */
    static LocalDate referenceDay(Policy p) {
        return p.windows().stream().filter(w -> w.status() == WindowStatus.OPEN).findFirst()
                .map(w -> w.from() != null ? w.from() : w.to()).orElse(LocalDate.of(p.year(), 1, 1));
    }

    /** A window's name without a parenthetical that only repeats its dates ("集中参保期（截至2020年12月20日）"). */
    static String label(Window w) {
        // the exact days follow in period(); the notice's own "月底" words stay ("9月至12月底"), they are what residents quote
        return w.label().replaceAll("（(?![^）]*月底)[^）]*(\\d+月|\\d+日|\\d+天)[^）]*）", "");
    }

    static String period(Window w) {
        if (w.daysAfterBirth() != null) return "出生之日起" + w.daysAfterBirth() + "天内";
        // a closing day the notice does not give is not stated as if it did
        if (!w.endIsStated()) return (w.from() == null ? "" : date(w.from()) + "起，") + "通知未写截止日";
        return (w.from() == null ? "截至" : date(w.from()) + "至") + date(w.to());
    }

    static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = max - 1;
        for (int i = max - 1; i > max / 2; i--) {
            if ("。；;，,".indexOf(s.charAt(i)) >= 0) { cut = i; break; }
        }
        return s.substring(0, cut) + "…";
    }
}
