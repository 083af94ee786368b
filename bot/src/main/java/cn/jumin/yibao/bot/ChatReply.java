package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.Citation;
import java.util.List;

/**
 * The answer: {@code reply} is Chinese a resident reads on a phone (about 300 characters at most); {@code citations}
 * carry the verbatim clauses it rests on; {@code needsClarification} with {@code suggestions} when the engine must ask.
 */
public record ChatReply(String reply, String intent, List<Citation> citations, boolean needsClarification,
                        List<String> suggestions) {}
