package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import java.util.Set;

/** "老两口是低保" → 2 people, 低保; "一个伢在读初中" → 1 person, a pupil. */
public record MemberSpec(int count, Set<SpecialGroup> groups, Student student, String label) {}
