package cn.jumin.yibao.policy.model;

public enum Identity { CITIZEN, HK_MACAO, TAIWAN, FOREIGN_PERMANENT_RESIDENT, FOREIGN }
