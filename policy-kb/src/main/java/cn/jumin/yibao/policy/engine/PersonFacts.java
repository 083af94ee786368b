package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Identity;
import cn.jumin.yibao.policy.model.Student;
import java.time.LocalDate;

/**
 * What a person tells us about themself for an eligibility check; any field may be unknown (null).
 * {@code localHukou} says directly whether the hukou is local when the area code is not known ("外地户口");
 * otherwise it is derived from {@code hukouRegion}.
 */
public record PersonFacts(LocalDate birthDate, Identity identity, String hukouRegion, Boolean localHukou,
                          Boolean residencePermit, Boolean employeeInsured, Boolean employed, Student student,
                          Enrollment enrollment, Boolean insuredElsewhere) {}
