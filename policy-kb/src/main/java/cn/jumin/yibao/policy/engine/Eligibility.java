package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.EligibilityRule.Eligible;
import java.util.List;

/** May this person join? With each reason and its clause, and the documents to bring. */
public record Eligibility(Eligible eligible, List<Reason> reasons, List<String> requiredDocuments, List<Citation> citations) {
    public record Reason(String text, List<Citation> citations) {}
}
