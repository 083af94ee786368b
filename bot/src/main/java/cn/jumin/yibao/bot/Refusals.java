package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.load.PolicyLibrary;
import java.util.List;

/** Greetings, thanks, questions the notices do not answer, and asking for the area. No figure is ever stated here. */
final class Refusals {
    private final PolicyLibrary library;

    Refusals(PolicyLibrary library) { this.library = library; }

    List<String> areaNames() { return library.regions().stream().map(r -> library.area(r).name()).toList(); }

    private String areas() { return String.join("、", areaNames()); }

    Answer greeting() { return greeting(null); }

    /** With the area the resident named ("你好 南城街道的医保能在这问不"), the greeting says that area can be asked about. */
    Answer greeting(String region) {
        String which = region == null ? "目前可查询：" + areas() + "。"
                : "可以问" + library.area(region).fullName() + String.join("、", library.years(region).stream().map(y -> y + "年度").toList())
                        + "的，其他可查询的地区：" + areas() + "。";
        return Answer.of(Intent.GREETING, "您好！我可以解答城乡居民医保参保缴费的问题：每人交多少、特殊人群资助、缴费时间、新生儿参保、"
                + "待遇什么时候开始、在哪里缴费。" + which + "请直接提问，例如“楚雄低保户交多少”。", List.of());
    }

    Answer thanks() {
        return Answer.of(Intent.THANKS, "不客气！还有其他参保缴费的问题，随时问我。", List.of());
    }

    Answer outOfScope(String topic, String areaName) {
        String what = topic == null ? "这个问题" : "“" + topic + "”";
        return Answer.of(Intent.OUT_OF_SCOPE, what + "不在" + (areaName == null ? "" : areaName) + "参保缴费通知的范围内，通知里没有写，"
                + "我不能给您数字或名单。" + Words.HOTLINE, List.of());
    }

    Answer otherPlace(String place) {
        return Answer.of(Intent.OUT_OF_SCOPE, "我只有" + areas() + "的参保缴费通知，没有" + place + "的政策，不能给您数字。"
                + Words.HOTLINE, List.of());
    }

    Answer noNotice(String areaName, int year, List<Integer> years) {
        return Answer.of(Intent.OUT_OF_SCOPE, "我没有" + areaName + year + "年度的参保缴费通知（现有" + years.stream().map(y -> y + "年度").toList()
                .toString().replaceAll("[\\[\\]]", "") + "），不能告诉您" + year + "年度的金额或时间。" + Words.HOTLINE, List.of());
    }

    Answer askArea(String reason) {
        return new Answer(Intent.CLARIFY, "请问您在哪个地区参保？" + (reason == null ? "" : reason) + "目前可以查询：" + areas() + "。",
                List.of(), true, areaNames());
    }

    Answer unclear() {
        return new Answer(Intent.CLARIFY, "没太明白您的问题。我只回答城乡居民医保参保缴费的问题，可以这样问：“楚雄低保户交多少”“娃儿3月10号生的啥时候要办医保”“随县一家4口一共交几多”。"
                + "其他问题" + Words.HOTLINE,
                List.of(), true, List.of("每人交多少", "新生儿怎么参保", "缴费截止时间", "在哪里缴费"));
    }

    /** "我在上海打工": something about the resident, no question yet; kept for the question to come. */
    Answer noted() {
        return new Answer(Intent.CLARIFY, "好的，记下了。您想了解什么？比如每人交多少、什么时候截止、在哪里交、待遇什么时候开始。",
                List.of(), true, List.of("每人交多少", "缴费截止时间", "在哪里缴费", "待遇什么时候开始"));
    }

    Answer invalid(String why) {
        return Answer.of(Intent.INVALID, why, List.of());
    }
}
