package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Corpus;
import cn.jumin.yibao.policy.load.Notice;

class DumpClauses {
    public static void main(String[] a) {
        for (Notice n : Corpus.load().notices()) {
            for (Clause c : ClauseSplitter.split(n)) {
                String t = c.text().replace("\n", "⏎");
                System.out.println(c.documentId() + " | " + c.path() + " | " + c.title() + " | " + t.length() + " | " + t.substring(0, Math.min(60, t.length())));
            }
        }
    }
}
