package cn.jumin.yibao.api;

import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.kb.Analysis;
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
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PolicyPreload.class.getName());

    record Loaded(PolicyLibrary library, KnowledgeBase knowledgeBase, ChatEngine chat) {}

    private static volatile CompletableFuture<Loaded> loading;

    void begin(@Observes BeforeBeanDiscovery ignored) { start(); }

    static synchronized CompletableFuture<Loaded> start() {
        if (loading == null) {
            // the Chinese analysis (dictionaries, synonym maps) is prepared on its own thread while the policy data is validated
            CompletableFuture<Analysis> analysis = CompletableFuture.supplyAsync(Analysis::warmedUp,
                    r -> Thread.ofPlatform().name("analysis-preload").start(r));
            loading = CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                PolicyLibrary library = PolicyLibrary.load();
                long t1 = System.nanoTime();
                KnowledgeBase kb = KnowledgeBase.load(library, analysis.join());
                long t2 = System.nanoTime();
                ChatEngine chat = new ChatEngine(library, kb);
                long t3 = System.nanoTime();
                LOG.info(() -> String.format("policy data validated in %d ms, clause index ready in %d ms, chat engine ready in %d ms",
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
                return new Loaded(library, kb, chat);
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
