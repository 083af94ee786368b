package cn.jumin.yibao.policy.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts: exact decimals, two places at most, printed without trailing zeros ("280元", "12.5元"). */
public final class Money {
    private Money() {}

    public static BigDecimal yuan(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static String text(BigDecimal v) { return yuan(v).toPlainString() + "元"; }
}
