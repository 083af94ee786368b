package cn.jumin.yibao.bot;

/** What a resident is asking about. SEARCH: a policy question answered from the clauses themselves. */
public enum Intent {
    GREETING, THANKS, FEE, HOUSEHOLD, NEWBORN, DEADLINE, BENEFIT_START, ELIGIBILITY, CHANNEL, DOCUMENTS, SEARCH,
    OUT_OF_SCOPE, CLARIFY, INVALID
}
