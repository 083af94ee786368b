package cn.jumin.yibao.api.residents;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person's cover for an area and year. {@code paidBy} is masked. */
public record CoverageView(String idNumber, String region, int year, String status, BigDecimal amountPaid,
                           BigDecimal subsidy, String appliedGroup, LocalDate benefitStart, LocalDate benefitEnd,
                           String paidBy, String orderId) {}
