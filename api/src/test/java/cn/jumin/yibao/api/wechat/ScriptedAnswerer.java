package cn.jumin.yibao.api.wechat;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.atomic.AtomicInteger;

/** A test answerer: counts calls; "慢…" answers after 3 s, "稍慢…" after 0.3 s; "长…" answers with 3,000 characters; else echoes. */
@Alternative
@Priority(1)
@ApplicationScoped
public class ScriptedAnswerer implements Answerer {
    static final AtomicInteger CALLS = new AtomicInteger();
    static final String LONG = "楚雄市2021年度城乡居民医保个人缴费标准为每人280元。".repeat(110);

    @Override
    public String answer(String userId, String text) {
        CALLS.incrementAndGet();
        try {
            if (text.startsWith("慢")) Thread.sleep(3000);
            if (text.startsWith("稍慢")) Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (text.startsWith("长")) return LONG;
        return "答：" + text;
    }
}
