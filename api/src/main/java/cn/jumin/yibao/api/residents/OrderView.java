package cn.jumin.yibao.api.residents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A payment order as callers see it: payees' ID numbers and names masked. */
public record OrderView(String id, String status, String region, int year, String channel, BigDecimal totalAmount,
                        List<Item> items, OffsetDateTime createdAt, LocalDate paymentDate, OffsetDateTime paidAt) {
    public record Item(String idNumber, String name, BigDecimal standardContribution, BigDecimal subsidy,
                       String appliedGroup, BigDecimal amount, LocalDate benefitStart, LocalDate benefitEnd) {}
}
