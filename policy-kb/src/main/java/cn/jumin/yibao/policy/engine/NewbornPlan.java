package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Newborn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How and by when to enroll a newborn. {@code registrationDeadline} is null where the notice sets none (or where it
 * counts from a hukou registration date not given); {@code freeInBirthYear} and {@code amountDue} are null where
 * the notice does not say.
 */
public record NewbornPlan(String region, int year, LocalDate registrationDeadline, Newborn.Basis deadlineBasis,
                          BigDecimal amountDue, Boolean freeInBirthYear, LocalDate benefitStart, LocalDate benefitEnd,
                          List<String> steps, List<String> documents, List<String> offices, List<String> paymentChannels,
                          List<String> notes, List<Citation> citations) {}
