package cn.jumin.yibao.policy.model;

/** OPEN: the central collection period; LATE: a late or mid-year payment the notice allows; CLOSED: not payable. */
public enum WindowStatus { OPEN, LATE, CLOSED }
