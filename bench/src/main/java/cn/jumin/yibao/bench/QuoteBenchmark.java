package cn.jumin.yibao.bench;

import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The policy engine's quote for a 5-member household with mixed groups (楚雄 2021). */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuoteBenchmark {
    QuoteEngine engine;
    Policy policy;
    List<MemberInput> household;

    @Setup
    public void setup() {
        PolicyLibrary lib = PolicyLibrary.load();
        engine = new QuoteEngine(lib.groups());
        policy = lib.policy("532301", 2021).orElseThrow();
        household = List.of(
                new MemberInput("奶奶", LocalDate.of(1950, 1, 1), null, null, null, Set.of(SpecialGroup.MINIMUM_LIVING, SpecialGroup.SEVERE_DISABILITY)),
                new MemberInput("爷爷", LocalDate.of(1948, 5, 1), null, null, null, Set.of(SpecialGroup.EXTREME_POVERTY)),
                new MemberInput("爸爸", LocalDate.of(1978, 3, 15), null, null, null, Set.of()),
                new MemberInput("妈妈", LocalDate.of(1980, 7, 8), null, null, null, Set.of(SpecialGroup.REGISTERED_POOR)),
                new MemberInput("娃", LocalDate.of(2012, 9, 1), null, Student.PRIMARY_SECONDARY, Enrollment.CONTINUING, Set.of()));
    }

    @Benchmark
    public HouseholdQuote fiveMemberHousehold() { return engine.quote(policy, LocalDate.of(2020, 10, 15), household); }
}
