package cn.jumin.yibao.policy.model;

public enum Student { NONE, PRESCHOOL, PRIMARY_SECONDARY, VOCATIONAL, COLLEGE }
