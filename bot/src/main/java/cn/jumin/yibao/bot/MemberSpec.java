package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import java.util.Set;

/**
 * "老两口是低保" → 2 people, 低保; "一个伢在读初中" → 1 person, a pupil; "两个娃儿和我老汉买一档" → 3 people, 一档.
 * {@code tier} is null where the phrase names none (the message's tier, if any, applies).
 */
public record MemberSpec(int count, Set<SpecialGroup> groups, Student student, String label, Integer tier) {
    public MemberSpec(int count, Set<SpecialGroup> groups, Student student, String label) {
        this(count, groups, student, label, null);
    }
}
