package cn.jumin.yibao.api;

import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.engine.EligibilityEngine;
import cn.jumin.yibao.policy.engine.NewbornPlanner;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

/**
 * The policy data, the engines, the clause index and the chat engine, loaded once. Loading happens at start-up (not on the first request), so a broken
 * policy file stops the server with a message naming file, path and problem.
 */
@ApplicationScoped
public class PolicyBeans {
    private final PolicyPreload.Loaded loaded = PolicyPreload.await();
    private final PolicyLibrary library = loaded.library();
    private final QuoteEngine quotes = new QuoteEngine(library.groups());
    private final EligibilityEngine eligibility = new EligibilityEngine();
    private final NewbornPlanner newborns = new NewbornPlanner();
    private final KnowledgeBase knowledgeBase = loaded.knowledgeBase();
    private final ChatEngine chat = loaded.chat();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        library.regions(); // touch the bean so the data is loaded before the server takes requests
    }

    @Produces public PolicyLibrary library() { return library; }
    @Produces public QuoteEngine quoteEngine() { return quotes; }
    @Produces public EligibilityEngine eligibilityEngine() { return eligibility; }
    @Produces public NewbornPlanner newbornPlanner() { return newborns; }
    @Produces public KnowledgeBase knowledgeBase() { return knowledgeBase; }
    @Produces public ChatEngine chatEngine() { return chat; }
}
