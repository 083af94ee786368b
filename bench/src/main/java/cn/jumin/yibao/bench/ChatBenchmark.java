package cn.jumin.yibao.bench;

import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.bot.ChatReply;
import cn.jumin.yibao.bot.ChatRequest;
import cn.jumin.yibao.kb.ClauseIndex;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Knowledge-base search, and one chat turn (understand, compute or retrieve, cite), over a mix of questions. */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChatBenchmark {
    static final List<String> QUESTIONS = List.of("楚雄低保户交医保自己要出好多", "娃儿生了快5个月才去上医保从啥时候能报",
            "随县伢在读初中医保跟大人交的一样吗", "杜集底保户医保自己还要掏多少", "我家5口人在随县，老两口是低保，一个伢在读初中，一共要交几多",
            "勐腊什么时候交", "南川二档多少钱", "住院报销比例是多少", "随县打工回来2月份还能交吗", "楚雄在哪里交医保");

    KnowledgeBase kb;
    ChatEngine chat;
    final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setup() {
        PolicyLibrary lib = PolicyLibrary.load();
        kb = KnowledgeBase.load(lib);
        chat = new ChatEngine(lib, kb);
    }

    private String question() { return QUESTIONS.get(Math.floorMod(next.getAndIncrement(), QUESTIONS.size())); }

    @Benchmark
    public List<ClauseIndex.Hit> search() { return kb.search(question(), null, null, 5); }

    @Benchmark
    public ChatReply chatTurn() {
        int n = next.getAndIncrement();
        return chat.reply(new ChatRequest("bench-" + (n % 1000), QUESTIONS.get(Math.floorMod(n, QUESTIONS.size())), null));
    }
}
