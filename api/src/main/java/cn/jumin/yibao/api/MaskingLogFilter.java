package cn.jumin.yibao.api;

import cn.jumin.yibao.policy.id.ResidentId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks resident ID numbers in every log line, whoever logs them (defence in depth: the code logs masked IDs). */
@ApplicationScoped
public class MaskingLogFilter implements Filter {
    private static final Pattern ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object ignored) {
        for (Handler h : Logger.getLogger("").getHandlers()) h.setFilter(this);
    }

    @Override
    public boolean isLoggable(LogRecord r) {
        if (r.getMessage() == null) return true;
        String text = r.getParameters() == null || r.getParameters().length == 0 ? r.getMessage() : FORMAT.formatMessage(r);
        Matcher m = ID.matcher(text);
        if (m.find()) {
            r.setMessage(m.replaceAll(x -> ResidentId.mask(x.group())));
            r.setParameters(null);
        }
        return true;
    }

    static String mask(String s) { return ID.matcher(s).replaceAll(x -> ResidentId.mask(x.group())); }
}
