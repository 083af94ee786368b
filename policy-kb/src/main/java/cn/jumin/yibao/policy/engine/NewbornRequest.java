package cn.jumin.yibao.policy.engine;

import java.time.LocalDate;

/** A newborn's facts. Parents' cover means the resident scheme; {@code familyPlanningCompliant} null means not said. */
public record NewbornRequest(LocalDate birthDate, LocalDate hukouRegisteredDate, boolean fatherInsured,
                             boolean motherInsured, Boolean familyPlanningCompliant, LocalDate plannedPaymentDate) {}
