package cn.jumin.yibao.api;

import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;

/**
 * Starts loading the policy data, the clause index and the chat engine as soon as the CDI container boots, on a
 * thread of its own, so that work overlaps the container's start instead of following it. {@link PolicyBeans}
 * waits for it; a broken policy file still stops start-up there.
 */
public class PolicyPreload implements Extension {
    record Loaded(PolicyLibrary library, KnowledgeBase knowledgeBase, ChatEngine chat) {}

    private static volatile CompletableFuture<Loaded> loading;

    void begin(@Observes BeforeBeanDiscovery ignored) { start(); }

    static synchronized CompletableFuture<Loaded> start() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(() -> {
                PolicyLibrary library = PolicyLibrary.load();
                KnowledgeBase kb = KnowledgeBase.load(library);
                return new Loaded(library, kb, new ChatEngine(library, kb));
            }, r -> Thread.ofPlatform().name("policy-preload").start(r));
        }
        return loading;
    }

    /** The loaded data; rethrows a loading failure as it happened (e.g. PolicyDataException naming the file). */
    static Loaded await() {
        try {
            return start().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
