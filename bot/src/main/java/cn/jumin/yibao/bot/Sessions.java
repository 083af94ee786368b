package cn.jumin.yibao.bot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/** Conversations per user id: bounded in size, forgotten after 30 minutes without a message. */
final class Sessions {
    private final Cache<String, Conversation> cache;

    Sessions(long maximumSize, Duration idle, com.github.benmanes.caffeine.cache.Ticker ticker) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).ticker(ticker)
                .executor(Runnable::run).build();
    }

    Conversation of(String userId) { return cache.get(userId, id -> new Conversation()); }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
