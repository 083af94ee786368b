package cn.jumin.yibao.api.support;

import cn.jumin.yibao.policy.id.ResidentId;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct resident ID numbers for tests. */
public final class Ids {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

    private Ids() {}

    /** A fresh valid ID in an area, born on yyyymmdd. */
    public static String next(String region, String birth) {
        int n = SEQ.incrementAndGet() % 1000;
        String first = region + birth + String.format("%03d", n);
        return first + ResidentId.checkChar(first);
    }

    public static String next(String region) { return next(region, "19800101".substring(0, 4) + String.format("%02d%02d", 1 + SEQ.get() % 12, 1 + SEQ.get() % 28)); }

    /** The same number with a wrong check character. */
    public static String broken(String id) {
        char c = id.charAt(17);
        return id.substring(0, 17) + (c == '1' ? '2' : '1');
    }
}
