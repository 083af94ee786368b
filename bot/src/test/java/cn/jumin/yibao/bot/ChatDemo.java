package cn.jumin.yibao.bot;

import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;

/** Prints the replies to messages given as arguments (one conversation). For trying the engine by hand. */
class ChatDemo {
    public static void main(String[] args) {
        PolicyLibrary lib = PolicyLibrary.load();
        ChatEngine e = new ChatEngine(lib, KnowledgeBase.load(lib));
        for (String m : args) {
            ChatReply r = e.reply(new ChatRequest("demo", m, null));
            System.out.println("> " + m + "\n[" + r.intent() + (r.needsClarification() ? " ?" : "") + "] " + r.reply()
                    + "\n   cites: " + r.citations().stream().map(c -> c.documentId() + " " + c.clause()).toList());
        }
    }
}
