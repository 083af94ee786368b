package cn.jumin.yibao.bench;

import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What start-up pays for the knowledge base: loading and validating the five policy files, then repairing, splitting
 * and indexing the notices. Single shot per fresh JVM fork (cold, as at start-up), and averaged when warm.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public KnowledgeBase coldStart() { return KnowledgeBase.load(PolicyLibrary.load()); }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public KnowledgeBase warm() { return KnowledgeBase.load(PolicyLibrary.load()); }
}
