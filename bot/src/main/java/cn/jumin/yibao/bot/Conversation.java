package cn.jumin.yibao.bot;

/**
 * What the engine remembers of one resident between messages: the area and year in play, the last question
 * understood (for "那低保户呢"), and a question waiting for its area.
 */
final class Conversation {
    String region;
    Integer year;
    Intent lastIntent;
    Understanding last;
    Understanding pending;
    /** The family told about so far ("家里4口人", "我妈是一级残疾", "我们是一般贫困户"), for "一家子加起来交好多". */
    Family family;
    /** The village or community last named ("我是南城街道金佛村的"), for "我们村今年参保任务是好多人". */
    String place;

    record Family(Integer people, java.util.List<MemberSpec> members) {}
}
