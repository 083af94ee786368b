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
}
