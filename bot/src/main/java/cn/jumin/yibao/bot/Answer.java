package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.Citation;
import java.util.List;

/** A reply before it is fitted to a phone screen: the text and the clauses it rests on. */
record Answer(Intent intent, String text, List<Citation> citations, boolean needsClarification, List<String> suggestions) {
    static Answer of(Intent intent, String text, List<Citation> citations) {
        return new Answer(intent, text, citations, false, List.of());
    }
}
