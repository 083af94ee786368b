package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Citation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A household's quote: each member, and the total when every member's amount is determinate. */
public record HouseholdQuote(String region, int year, String currency, LocalDate paymentDate, List<MemberQuote> members,
                             BigDecimal totalPersonalContribution, boolean determinate, List<Citation> citations) {}
