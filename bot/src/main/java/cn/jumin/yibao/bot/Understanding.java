package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Identity;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * What the engine understood of one message: the intent, and every fact it could read (area, year, groups, tier,
 * dates, household, student, enrollment). Null means not said. {@code monthOnly}: the day is a month said without a
 * day ("一月份才补交的"), priced on its first day and told back as the month.
 */
public record Understanding(String text, Intent intent, boolean intentFromKeywords, String region, Integer year,
                            Set<SpecialGroup> groups, Integer tier, LocalDate date, MonthDay monthDay,
                            Integer babyAgeDays, Integer people, List<MemberSpec> members, Student student,
                            Enrollment enrollment, Identity identity, Boolean employeeInsured, Boolean localHukou,
                            Boolean residencePermit, Boolean parentsBothInsured, String outOfScopeTopic,
                            String otherPlace, boolean followUp, boolean late, boolean monthOnly) {

    /** The same understanding with another intent, groups, members or day (the rest unchanged). */
    Understanding with(Intent intent, Set<SpecialGroup> groups, List<MemberSpec> members, LocalDate date, MonthDay monthDay) {
        return new Understanding(text, intent, intentFromKeywords, region, year, groups, tier, date, monthDay, babyAgeDays,
                people, members, student, enrollment, identity, employeeInsured, localHukou, residencePermit,
                parentsBothInsured, outOfScopeTopic, otherPlace, followUp, late, monthOnly);
    }

    /** The same understanding read over a longer text (the earlier message and this one), the rest unchanged. */
    Understanding withText(String longer) {
        return new Understanding(longer, intent, intentFromKeywords, region, year, groups, tier, date, monthDay, babyAgeDays,
                people, members, student, enrollment, identity, employeeInsured, localHukou, residencePermit,
                parentsBothInsured, outOfScopeTopic, otherPlace, followUp, late, monthOnly);
    }

    /** The same understanding as a household question about these people (the rest unchanged). */
    Understanding household(Integer people, List<MemberSpec> members, Set<SpecialGroup> groups, Student student, Boolean employeeInsured) {
        return new Understanding(text, Intent.HOUSEHOLD, intentFromKeywords, region, year, groups, tier, date, monthDay, babyAgeDays,
                people, members, student, enrollment, identity, employeeInsured, localHukou, residencePermit,
                parentsBothInsured, outOfScopeTopic, otherPlace, followUp, late, monthOnly);
    }

    /** The person of the message who is in the employee scheme ("老公在单位交的职工医保"), alone. */
    Understanding employeeOnly() {
        return new Understanding(text, Intent.ELIGIBILITY, intentFromKeywords, region, year, Set.of(), null, date, monthDay, null,
                null, List.of(), null, null, identity, Boolean.TRUE, localHukou, residencePermit,
                parentsBothInsured, outOfScopeTopic, otherPlace, followUp, late, monthOnly);
    }

    public boolean hasFacts() {
        return !groups.isEmpty() || tier != null || date != null || monthDay != null || babyAgeDays != null
                || people != null || !members.isEmpty() || student != null || enrollment != null;
    }
}
