package cn.jumin.yibao.api.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;

/**
 * Each message is answered once. The first delivery starts the answer; retries (WeChat re-sends a message up to
 * three times) find the same entry and share its answer. Whether the answer goes back passively or through the
 * customer-service API is decided once per message, so no message is answered twice differently.
 * Entries live ≥ 60 s after they are made ({@code wechat.reply-cache-seconds}, default 120).
 */
@ApplicationScoped
public class ReplyCache {
    /** How the answer reaches the resident; decided once. */
    public enum Route { UNDECIDED, PASSIVE, CUSTOMER_SERVICE }

    /** One message's answer: null means "no reply" (answer the platform with success). */
    public static final class Entry {
        final CompletableFuture<String> answer = new CompletableFuture<>();
        final AtomicReference<Route> route = new AtomicReference<>(Route.UNDECIDED);
        final AtomicBoolean started = new AtomicBoolean();
        final AtomicBoolean restSent = new AtomicBoolean();

        /** Claims the route for this delivery; returns the route in force afterwards. */
        Route claim(Route wanted) {
            route.compareAndSet(Route.UNDECIDED, wanted);
            return route.get();
        }
    }

    private final Cache<String, Entry> entries;

    @Inject
    public ReplyCache(Config config) {
        this(Duration.ofSeconds(Math.max(60, config.getOptionalValue("wechat.reply-cache-seconds", Integer.class).orElse(120))));
    }

    ReplyCache(Duration ttl) {
        this.entries = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(ttl).build();
    }

    /** The entry for a message; the first caller's {@code compute} runs (on a virtual thread) to fill it. */
    public Entry entry(String key, Supplier<String> compute) {
        Entry e = entries.get(key, k -> new Entry());
        if (e.started.compareAndSet(false, true)) {
            Thread.ofVirtual().name("wechat-answer").start(() -> {
                try {
                    e.answer.complete(compute.get());
                } catch (RuntimeException ex) {
                    e.answer.completeExceptionally(ex);
                }
            });
        }
        return e;
    }
}
