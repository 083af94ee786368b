package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.WindowStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one member pays. {@code personalContribution} is null when {@code determinate} is false (the notice leaves part
 * of the amount unstated); {@code subsidy} is null when the subsidy itself is unstated.
 */
public record MemberQuote(String ref, int tier, BigDecimal standardContribution, BigDecimal subsidy,
                          SpecialGroup appliedGroup, BigDecimal personalContribution, boolean determinate,
                          boolean paymentAllowed, WindowStatus window, LocalDate benefitStart, LocalDate benefitEnd,
                          String explanation, List<String> notes, List<Citation> citations) {}
