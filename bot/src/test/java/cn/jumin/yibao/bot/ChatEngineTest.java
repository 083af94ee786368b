package cn.jumin.yibao.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.load.Verbatim;
import cn.jumin.yibao.policy.model.Citation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChatEngineTest {
    static final PolicyLibrary LIB = PolicyLibrary.load();
    static final KnowledgeBase KB = KnowledgeBase.load(LIB);
    static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?\\s*元");

    final AtomicLong nanos = new AtomicLong();
    final ChatEngine chat = new ChatEngine(LIB, KB, Lexicon.load(), 3, Duration.ofMinutes(30), nanos::get);

    ChatReply ask(String user, String message) {
        ChatReply r = chat.reply(new ChatRequest(user, message, null));
        assertTrue(r.reply().length() <= ChatEngine.MAX_REPLY, "too long for a phone: " + r.reply().length());
        for (Citation c : r.citations()) {
            String text = LIB.corpus().notice(c.documentId()).orElseThrow().text();
            assertTrue(Verbatim.isIn(c.quote(), text), "not verbatim: " + c.quote());
        }
        return r;
    }

    @Test
    void theIssuesExamplesAreAnsweredWithTheFigureAndTheClause() {
        ChatReply r = ask("a", "楚雄低保户交医保自己要出好多");
        assertEquals("FEE", r.intent());
        assertTrue(r.reply().startsWith("楚雄市2021年度：低保对象个人缴纳160元"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("六、(六)")));

        r = ask("b", "娃儿生了快5个月才去上医保从啥时候能报");
        assertEquals(List.of("楚雄市", "勐腊县", "南川区", "杜集区", "随县"), r.suggestions());
        assertTrue(r.needsClarification());
        r = ask("b", "勐腊");
        assertEquals("NEWBORN", r.intent());
        assertTrue(r.reply().contains("自缴费次月起"), r.reply());

        r = ask("c", "随县伢在读初中医保跟大人交的一样吗");
        assertTrue(r.reply().contains("280元") && r.reply().contains("同一缴费标准"), r.reply());

        r = ask("d", "杜集底保户医保自己还要掏多少");
        assertTrue(r.reply().contains("个人缴纳30元"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("二、(三)")));
    }

    @Test
    void dialectFollowUpsAndHowManyDaysStayOnTheSubject() {
        ask("t", "南川建档立卡户一档交多少");
        ChatReply r = ask("t", "二档嘞");
        assertEquals("FEE", r.intent());
        assertTrue(r.reply().contains("个人缴纳455元"), r.reply());

        // 好多天 asks how long, not how much; after a newborn question it is the newborn's deadline
        ask("n", "我是勐腊的 娃儿刚生");
        r = ask("n", "好多天之内要去办");
        assertEquals("NEWBORN", r.intent());
        assertTrue(r.reply().contains("90天内"), r.reply());
        assertFalse(r.reply().contains("220元"), r.reply());
    }

    @Test
    void aLateNewbornIsToldTheNoticesOtherWayIn() {
        ChatReply r = ask("l", "南川娃儿超过90天了还能参保不");
        assertTrue(r.reply().contains("9月30日前申请中途参保"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("三、(三)")), r.citations().toString());
        // a notice without such a route says nothing of one
        r = ask("m", "勐腊娃儿生了4个月了还能参保不");
        assertFalse(r.reply().contains("中途参保"), r.reply());
    }

    @Test
    void aParentInTheEmployeeSchemeMeansTheNewbornPaysTheStandard() {
        ChatReply r = ask("p", "楚雄 爸爸是职工医保 妈妈是居民医保 娃儿出生当年要交钱不");
        assertEquals("NEWBORN", r.intent());
        assertTrue(r.reply().contains("需按标准缴费（个人缴费280元）"), r.reply());
        assertFalse(r.reply().contains("不用缴费"), r.reply());
    }

    @Test
    void followUpsKeepTheAreaAndTheQuestion() {
        ask("u", "楚雄低保户交多少");
        ChatReply r = ask("u", "那建档立卡的呢");
        assertTrue(r.reply().startsWith("楚雄市2021年度：建档立卡贫困人口个人缴纳100元"), r.reply());
        r = ask("u", "那杜集呢");
        assertTrue(r.reply().startsWith("杜集区2020年度：建档立卡贫困人口个人缴纳30元"), r.reply());
    }

    @Test
    void householdsAreComputed() {
        ChatReply r = ask("h", "我家5口人在随县，老两口是低保，一个伢在读初中，一共要交几多");
        assertEquals("HOUSEHOLD", r.intent());
        assertTrue(r.reply().contains("全家5人，个人合计缴纳840元"), r.reply());
    }

    @Test
    void neverGuessesAnAreaAndAnswersTheWaitingQuestionOnceItIsGiven() {
        ChatReply r = ask("x", "低保户交多少");
        assertTrue(r.needsClarification());
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
        r = ask("x", "南川");
        assertTrue(r.reply().contains("低保对象个人缴纳0元"), r.reply());
    }

    @Test
    void whatTheNoticesDoNotAnswerIsDeclinedWithoutAFigure() {
        for (String q : List.of("楚雄住院报销比例是多少", "勐腊有哪些定点医院", "北京医保一年交多少", "楚雄2023年交多少",
                "随县职工医保交多少", "杜集重点优抚对象交多少")) {
            ChatReply r = ask("o-" + q, q);
            assertTrue(r.reply().contains("12393"), q + " → " + r.reply());
            assertFalse(AMOUNT.matcher(r.reply().replaceAll("标准\\d+元", "")).find(), q + " → " + r.reply());
        }
    }

    @Test
    void badInputGetsAPoliteReply() {
        assertEquals("INVALID", ask("z", "").intent());
        assertEquals("INVALID", ask("z", "😀😀🙏").intent());
        assertEquals("INVALID", ask("z", "\u0000\u0007\u001b").intent());
        ChatReply huge = ask("z", "楚雄低保".repeat(2500));
        assertTrue(huge.reply().length() <= ChatEngine.MAX_REPLY);
        ChatReply mixed = ask("z2", "hello，我想问楚雄的low保 policy多少钱");
        assertTrue(mixed.reply().contains("楚雄"), mixed.reply());
    }

    @Test
    void conversationsAreBoundedAndForgottenAfterThirtyIdleMinutes() {
        ask("s1", "楚雄低保户交多少");
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(29));
        assertTrue(ask("s1", "那建档立卡的呢").reply().startsWith("楚雄市"), "remembered within 30 minutes");
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(31));
        ChatReply forgotten = ask("s1", "那建档立卡的呢");
        assertTrue(forgotten.needsClarification(), "forgotten after 30 idle minutes: " + forgotten.reply());
        for (int i = 0; i < 10; i++) ask("many-" + i, "你好");
        assertTrue(chat.conversations() <= 3, "bounded: " + chat.conversations());
    }

    @Test
    void eachFamilyMemberGetsTheirOwnGroupAndHouseholdWideGroupsHoldForAll() {
        // 低保 160 + 一级残疾 160 + 2 × 280 (楚雄 六、(六)); spaces separate the members, as residents type them
        ChatReply r = ask("h1", "楚雄我们家4个人 我爸低保 我妈一级残疾 我和老婆没得补助 一共好多");
        assertEquals("HOUSEHOLD", r.intent());
        assertTrue(r.reply().contains("个人合计缴纳880元"), r.reply());
        // 勐腊: the whole household lives in a border village (70 yuan each), the father is also on 低保 (120, the higher)
        r = ask("h2", "勐腊家里4口 住边境村 老汉是低保 其他3个普通 一共好多");
        assertTrue(r.reply().contains("个人合计缴纳550元"), r.reply());
        // "都是低保" is said of everyone
        r = ask("h3", "楚雄2口人 都是低保 一共交多少");
        assertTrue(r.reply().contains("个人合计缴纳320元"), r.reply());
    }

    @Test
    void aNewbornWithBirthAndPaymentDatesGetsTheCoverStartComputed() {
        // 勐腊 五、(三): more than 90 days after birth, cover from the month after payment
        ChatReply r = ask("n1", "勐腊娃儿2019年2月1号生的 6月15号才去交 啥时候开始能报");
        assertTrue(r.reply().contains("2019年6月15日缴费的，待遇从2019年7月1日开始"), r.reply());
        // 楚雄 一、(三): the deadline counts from 落户
        r = ask("n2", "楚雄娃儿2021年1月10号出生 3月1号才上的户口 最迟哪天要去登记");
        assertTrue(r.reply().contains("最晚2021年5月30日"), r.reply());
    }

    @Test
    void reimbursementAmountsAreDeclinedButCoverQuestionsAreNot() {
        ChatReply r = ask("o1", "勐腊门诊能报好多");
        assertEquals("OUT_OF_SCOPE", r.intent());
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
        assertTrue(r.reply().contains("12393"), r.reply());
        r = ask("o2", "楚雄州双柏县医保交好多");
        assertEquals("OUT_OF_SCOPE", r.intent());
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
        r = ask("o3", "随县集中期交的 2021年2月住院能报不");
        assertFalse(r.intent().equals("OUT_OF_SCOPE"), r.reply());
    }

    @Test
    void factsTheNoticesStateAreAnsweredWithTheirClause() {
        // 随县 二、: 筹资830元 = 个人280元 + 财政550元, added to the computed fee
        ChatReply r = ask("f1", "随县今年医保个人交好多 政府补好多");
        assertTrue(r.reply().contains("280元") && r.reply().contains("550元"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("二、")), r.citations().toString());
        // 随县 四、: one payment a year, instead of a retrieved clause
        r = ask("f2", "随县医保能不能分两次交");
        assertTrue(r.reply().contains("一次性"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("四、")), r.citations().toString());
        // a notice without the fact: nothing is invented
        r = ask("f3", "勐腊医保政府补好多");
        assertFalse(r.reply().contains("550"), r.reply());
    }

    @Test
    void whoTheGroupIsSaidOfDecidesWhoGetsTheSubsidy() {
        // the household speaking of itself: every member lives in the border village
        ChatReply r = ask("w1", "我们是勐腊边境一线村子的 一家5口人 医保一共几多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳750元"), r.reply());
        // one person in two groups: the single highest subsidy
        r = ask("w2", "随县 我是一般贫困户 又是低保 交几多");
        assertEquals("FEE", r.intent());
        assertTrue(r.reply().contains("个人缴纳0元") && !r.reply().contains("全家"), r.reply());
        // 双女结扎户: the notice subsidises the parents (四、(二)), not the two daughters
        r = ask("w4", "勐腊双女结扎户 我们两口子加两个姑娘 医保一共要交好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳520元") && r.reply().contains("双女结扎户2人"), r.reply());
        // 的 inside a group's name
        r = ask("w3", "杜集低收入家庭的重度残疾人 医保交多少");
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("二、(三)")), r.reply());
        assertFalse(AMOUNT.matcher(r.reply().replace("标准280元", "")).find(), "the notice states no amount: " + r.reply());
    }

    @Test
    void papersAskedAfterANewbornQuestionAreTheBabys() {
        ask("p1", "勐腊娃儿刚生了咋个上医保");
        ChatReply r = ask("p1", "要带些啥");
        assertEquals("DOCUMENTS", r.intent());
        assertTrue(r.reply().contains("新生儿参保需带") && r.reply().contains("《计划生育服务证》"), r.reply());
        // 南川's notice lists none: said so, under the newborn clause
        ask("p2", "南城街道新生儿咋个参保");
        r = ask("p2", "要带啥子材料");
        assertTrue(r.reply().contains("通知没有写明") && r.reply().contains("12393"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("三、(二)")), r.reply());
    }

    @Test
    void aStudentWhereQuestionGetsTheNoticesRuleForStudents() {
        ChatReply r = ask("s1", "随县 伢在外地读大学 医保在哪交");
        assertTrue(r.reply().contains("在校学生随家庭整体参保缴费"), r.reply());
        r = ask("s2", "勐腊 娃儿在县里读初中 学生医保哪个去办");
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("七、(三)")), r.reply());
        assertFalse(r.reply().contains("新生儿出生90天"), r.reply());
    }

    @Test
    void householdsToldWithoutPunctuationKeepEachPersonsGroup() {
        // 还是 splits the message, but 爷爷 goes with what follows; the household's own group holds for the rest
        ChatReply r = ask("h1", "我家是建档立卡户屋头四口人爷爷还是特困供养楚雄总共交好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳300元") && r.reply().contains("特困人员1人"), r.reply());
        // 剩下 starts the members nobody said anything of
        r = ask("h2", "勐腊我家六口人建档立卡户奶奶还是特困供养爷爷是农村重点优抚对象剩下爸妈我还有个弟弟总共交好多");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳160元"), r.reply());
        // 我幺爸 is one person, not me and him
        r = ask("h3", "南川 我幺爸是特困人员 想给他买二档 自己要出好多");
        assertEquals("FEE", r.intent());
        assertTrue(r.reply().contains("特困人员个人缴纳0元"), r.reply());
        // what the resident is not says nothing about who they are
        r = ask("h4", "随县 我去年忘记交了 现在都四月份了 还能交么 我不是学生也不是刚毕业的");
        assertTrue(r.reply().contains("不在允许缴费的时间内") && r.reply().contains("此后只有这些情况还能缴费"), r.reply());
        // 伢他爸 is the husband, not a newborn question
        r = ask("h5", "随县 我屋里是一般贫困户 伢他爸问医保个人要交几多");
        assertEquals("FEE", r.intent());
        assertTrue(r.reply().contains("个人缴纳140元"), r.reply());
    }

    @Test
    void bothTiersAndHowToPayAreAnsweredAsAsked() {
        ChatReply r = ask("t1", "我是南城街道的低保户 一档要自己出钱不 二档呢");
        assertTrue(r.reply().contains("一档个人缴纳0元") && r.reply().contains("二档个人缴纳375元"), r.reply());
        r = ask("t2", "南川 我在外地打工 可不可以在手机上帮屋头老人交 微信行不行");
        assertEquals("CHANNEL", r.intent());
        assertTrue(r.reply().contains("可以通过微信缴费"), r.reply());
        // a channel the notice does not list is said to be unlisted; 南川's online channels need a registration first
        r = ask("t4", "勐腊用微信可以交医保不");
        assertTrue(r.reply().contains("通知列出的缴费渠道里没有微信"), r.reply());
        r = ask("t5", "南川可以用支付宝交医保不");
        assertTrue(r.reply().contains("可以通过支付宝缴费") && r.reply().contains("已在街道社保所办理过登记"), r.reply());
        // a second person in the next turn, asked together
        ask("t6", "勐腊县 我老汉是底保户 他要交好多");
        r = ask("t6", "那我妈呢 她是特困 两个一起交好多");
        assertEquals("HOUSEHOLD", r.intent());
        assertTrue(r.reply().contains("个人合计缴纳100元"), r.reply());
        ask("t3", "南川 我家3口人 都是一般居民 一档交好多");
        r = ask("t3", "二档呢");
        assertEquals("HOUSEHOLD", r.intent());
        assertTrue(r.reply().contains("全家3人，个人合计缴纳1965元"), r.reply());
    }

    @Test
    void aPriceQuestionFromAVeteranAlsoGetsTheirOwnWindow() {
        ChatReply r = ask("v1", "我儿子九月份退五回楚雄了 部队上嘞医保停了 现在居民医保还交得到不 交好多");
        assertTrue(r.reply().contains("个人缴纳280元") && r.reply().contains("不受集中缴费期限制：2020年9月1日起，通知未写截止日"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("三、(一)")), r.reply());
    }

    @Test
    void aMessageAskingTwoThingsGetsBothAnswers() {
        // a window question that also asks the price
        ChatReply r = ask("m1", "我是从普洱嫁到勐腊嘞 户口刚迁过来 第一次参保 七月份才去办 只剩半年了是不是交一半 好久开始享受");
        assertTrue(r.reply().contains("待遇从2019年8月1日开始（自缴费次月起享受待遇）") && r.reply().contains("个人缴纳220元")
                && r.reply().contains("参保不足12个月也按年度全额缴纳"), r.reply());
        // the price answer already says when a released prisoner's cover starts: said once
        r = ask("m2", "我兄弟刚从牢里放出来 回随县了 医保还能交么 交几多 几时能用");
        assertTrue(r.reply().contains("个人缴纳280元") && r.reply().contains("自缴费3个月后享受待遇"), r.reply());
        assertEquals(r.reply().indexOf("享受待遇"), r.reply().lastIndexOf("享受待遇"), r.reply());
        // a refused late payment is not followed by a price
        r = ask("m3", "楚雄 3月1号才想起来交医保 还补得了不 交好多");
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void aPlaceOfWorkIsNotTheAreaAskedAbout() {
        ask("w1", "杜集区医保一年交多钱");
        ChatReply r = ask("w1", "俺在上海打工 单位给交了职工医保 还用在家交这个不");
        assertEquals("ELIGIBILITY", r.intent());
        assertTrue(r.reply().startsWith("杜集区2020年度：不能参加"), r.reply());
        // asked about the other place itself, it is still declined
        r = ask("w2", "上海居民医保交多少");
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void aBabyPastTheDeadlineHearsWhatTheNoticeSaysOrThatItIsSilent() {
        ChatReply r = ask("n1", "南城街道 娃儿生了4个月了还没上医保 还上得到不");
        assertTrue(r.reply().contains("9月30日") && r.citations().stream().anyMatch(c -> c.clause().equals("三、(三)")), r.reply());
        r = ask("n2", "杜集娃儿生了4个月了还没上医保 还上得到不");
        assertTrue(r.reply().contains("超过期限后还能不能参保，通知没有写明") && r.reply().contains("12393"), r.reply());
        // "生了两个姑娘" says who is in the family, not that a baby was born
        r = ask("n3", "勐腊 我们两口子生了两个姑娘 做了结扎 医保咋个算");
        assertTrue(r.reply().contains("每人40元"), r.reply());
    }

    @Test
    void aPronounContinuesTheLastPerson() {
        ask("p1", "南川医保一档二档各是好多");
        ask("p1", "我老汉是建挡立卡户");
        ChatReply r = ask("p1", "他要是买二档 自己出好多");
        assertTrue(r.reply().contains("个人缴纳455元"), r.reply());
    }

    @Test
    void aQuestionWithNoSubjectOfItsOwnGoesOnAboutTheOneBefore() {
        ask("c1", "南川的 我是建档立卡贫困户");
        ChatReply r = ask("c1", "要是选二档 自己要出好多");
        assertTrue(r.reply().contains("个人缴纳455元"), r.reply());
        // a household told without a question, then the question
        ask("c2", "南川的 屋头五个人");
        r = ask("c2", "都买一档 一共好多钱");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1400元"), r.reply());
        // the payment day of the turn before
        ask("c3", "勐腊县的");
        ask("c3", "我错过了集中交费 12月25号才交的");
        r = ask("c3", "从哪天开始能报销");
        assertTrue(r.reply().contains("2019年1月1日"), r.reply());
        // but a deadline the resident missed is not the day they paid
        ask("c4", "勐腊错过12月20号了还能交不");
        r = ask("c4", "那补交了从啥时候开始能报");
        assertTrue(r.reply().contains("次月") && !r.reply().contains("2018年12月20日缴费"), r.reply());
    }

    @Test
    void aHouseholdListedPersonByPersonIsCounted() {
        ChatReply r = ask("h1", "楚雄 我们一家子 我 老婆 两个娃 还有我爹 他是特困供养的 一共交好多");
        assertEquals("HOUSEHOLD", r.intent());
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1120元"), r.reply());
        // the same relative named twice is one person
        r = ask("h2", "随县 我 老婆 伢 还有我妈 我妈是低保 一共交几多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳840元"), r.reply());
        // a child with a group of its own is no newborn
        r = ask("h3", "楚雄 我家娃娃是孤儿 跟着爷爷奶奶过 他医保交多少");
        assertTrue(r.reply().contains("孤儿个人缴纳0元"), r.reply());
        // "21年3月1号" is a date; the window is shut that day
        r = ask("h4", "楚雄的 我21年3月1号去交还交得成不");
        assertTrue(r.reply().contains("2021年3月1日缴费，不在允许缴费的时间内"), r.reply());
    }

    @Test
    void questionsAboutTheAdministrationAreAnsweredFromTheClause() {
        // a table row: the table's title, header and the row of the village asked about
        ChatReply r = ask("s1", "南城街道金佛村2021年参保任务数是多少？");
        assertTrue(r.reply().contains("金佛，6073") && r.citations().get(0).clause().equals("附表1"), r.reply());
        // who does what, though the question names groups
        r = ask("s2", "杜集区特困供养人员、低保对象由哪个部门负责认定？");
        assertEquals("SEARCH", r.intent());
        assertTrue(r.reply().contains("民政"), r.reply());
        // "比2018年" compares; the year asked is the notice's
        r = ask("s3", "勐腊县2019年度城乡居民医保缴费标准比2018年提高了多少？");
        assertTrue(r.reply().contains("40元"), r.reply());
        // a village of the 南城 table names the area
        r = ask("s4", "龚家塘嘞 娃儿刚生 好久之内要去办医保哦");
        assertTrue(r.reply().startsWith("南川区") && r.reply().contains("90天"), r.reply());
    }

    @Test
    void aFamilyGroupOfParentsAndChildrenLeavesOutTheGrandparents() {
        ChatReply r = ask("g1", "勐腊农村的 领了独生子女光荣证 我 老婆 8岁的娃 还有我妈 一共好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳340元"), r.reply());
        r = ask("g2", "勐腊勐仑 我们领了独身子女光荣证 我两口子加娃10岁 还有我妈 全家医保交好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳340元"), r.reply());
        // a person born long ago is no newborn; both parents insured: the baby's own 0元
        r = ask("g3", "勐腊县低收入家庭的贫困老人，1950年出生，2019年度医保个人交多少？");
        assertTrue(r.reply().contains("个人缴纳100元"), r.reply());
        r = ask("g4", "楚雄紫溪镇 孙子刚生 我儿子儿媳都买了医保 小娃娃要交钱不");
        assertTrue(r.reply().contains("出生当年个人缴纳0元"), r.reply());
    }

    @Test
    void misspeltAreasAndOneMoreGroupForTheSameHousehold() {
        ChatReply r = ask("e1", "我是农村重点优抚对象 在猛腊 医保要交好多");
        assertTrue(r.reply().startsWith("勐腊县2019年度") && r.reply().contains("个人缴纳0元"), r.reply());
        ask("e2", "隋县一般贫困户交几多");
        r = ask("e2", "我屋里还是低保 两个资助加起来是不是不用交还倒找钱");
        assertEquals("FEE", r.intent());
        assertTrue(r.reply().contains("个人缴纳0元") && r.reply().contains("就高不就低"), r.reply());
        // 当天就上了户口: the 落户 deadline counts from the day of birth
        r = ask("e3", "楚雄 我家老二是2021年3月20号生的 当天就上了户口 最迟哪天要去办参保登记");
        assertTrue(r.reply().contains("最晚2021年6月18日（含当天）"), r.reply());
        // a receipt question that the papers answer cannot answer
        r = ask("e4", "在村里交现金医保 给开啥票 杜集的");
        assertTrue(r.reply().contains("专用票据") && !r.reply().contains("没有列出"), r.reply());
    }

    @Test
    void voiceInputHomophonesTownsAndTheNoticeItself() {
        // speech recognition: 滴保, 一保, 建党立卡, 特昆, 姑儿; a town names its area
        assertTrue(ask("v1", "楚雄滴保户交一保自己要出好多钱").reply().contains("个人缴纳160元"));
        assertTrue(ask("v2", "西双版纳勐腊 建党立卡户 2019年医保自己出多少").reply().contains("个人缴纳40元"));
        ChatReply r = ask("v3", "朔里镇 特困供养人员 交钱不");
        assertTrue(r.reply().startsWith("杜集区2020年度") && r.reply().contains("个人缴纳0元"), r.reply());
        // a 落户 day alone gives 楚雄's deadline, counted from it
        r = ask("v4", "楚雄 小孩四月十五号落的户 新生而医保最晚哪天去办");
        assertTrue(r.reply().contains("2021年4月15日落户的，最晚2021年7月14日") && !r.reply().contains("已超过"), r.reply());
        // the notice's own number
        r = ask("v5", "南城街道那个医保缴费通知 文号是好多");
        assertTrue(r.reply().contains("南城办发〔2020〕84号") && !r.citations().isEmpty(), r.reply());
        // 职工医保交不起 asks whether the resident scheme is open to them
        r = ask("v6", "杜集 进城打工的 职工医保交不起 能参加居民的不");
        assertEquals("ELIGIBILITY", r.intent());
        assertTrue(r.reply().contains("进城务工"), r.reply());
        // a closing day the notice does not give is not stated
        r = ask("v7", "楚雄今年一保交到好久 哎 最后一天是哪天");
        assertTrue(r.reply().contains("2021年2月28日") && !r.reply().contains("12月31日"), r.reply());
    }

    @Test
    void tiersChosenPerMemberInOneMessage() {
        ChatReply r = ask("tm", "南川 我和老婆买二档 两个娃儿和我老汉买一档 6月前交 一共好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳2150元") && r.reply().contains("二档2人，每人655元"), r.reply());
        // a newborn's cover ends where the notice says (随县: the birth year)
        r = ask("nb", "随县伢是2021年12月生的 医保保到么时候");
        assertTrue(r.reply().contains("到2021年12月31日"), r.reply());
    }

    @Test
    void tenthSetFaults() {
        // a card swiped at the hospital and employee contributions are off-topic: no figure
        ChatReply r = ask("x1", "勐腊县医院看病 医保卡能直接刷不");
        assertEquals("OUT_OF_SCOPE", r.intent());
        r = ask("x2", "随县 单位职工医保每个月扣多少钱");
        assertEquals("OUT_OF_SCOPE", r.intent());
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
        // one person in two groups asked "按哪个" is not a comparison
        r = ask("x3", "南川 我妈又是低保又是建档立卡 按哪个资助 一档交多少");
        assertTrue(r.reply().contains("个人缴纳0元") && !r.reply().contains("缴纳80元"), r.reply());
        // a family group said of the parents holds for their minor child
        r = ask("x4", "版纳勐腊 我们两口子领了独生子女父母光荣证 娃12岁 一家三口交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳120元"), r.reply());
        // who pays the rest: the fact, with its clause, even without a computed question
        ask("x5", "随县一般贫困户交几多");
        r = ask("x5", "另外那140谁出");
        assertTrue(r.reply().contains("县政府每人资助140元"), r.reply());
        r = ask("x6", "随县孤儿医保谁出钱");
        assertTrue(r.reply().contains("孤儿个人缴纳0元") && !r.reply().contains("一般贫困户"), r.reply());
    }

    @Test
    void eleventhSetFaults() {
        // the counted children and the grandmother named before them are all in the household
        ChatReply r = ask("e1", "南川 我妈低保 我和老婆 两个娃儿 全家都买二档 一共好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳2995元"), r.reply());
        // a child speaking: the parents share the only-child family's subsidy, the grandparents do not
        r = ask("e2", "勐腊 我家农村独生子女户 有光荣证 爸妈 我15岁 还有爷爷奶奶 一共好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳560元"), r.reply());
        // 我弟 is one person
        r = ask("e3", "杜集 我奶奶低保 我爸妈 我 还有我弟上高中 一共多少钱");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1150元"), r.reply());
        // a failed payment: where the notice sends it
        r = ask("e4", "勐腊 12333app上交医保交不起 一直报错 找哪个");
        assertTrue(r.reply().contains("县医保中心") && r.citations().stream().anyMatch(c -> c.clause().equals("五、(四)")), r.reply());
        // a group subsidised all year, asked about a later month
        ask("e5", "南川建档立卡户交医保有资助不");
        r = ask("e5", "8月份交还有没得");
        assertTrue(r.reply().contains("全年享受资助") && r.citations().stream().anyMatch(c -> c.clause().equals("五、(三)")), r.reply());
        // small talk is declined with the hotline, no figure
        r = ask("e6", "今天天气咋样");
        assertTrue(r.reply().contains("12393") && !AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void twelfthSetFaults() {
        // the stated last day is not the day asked about
        ChatReply r = ask("k1", "勐腊的集中缴费期最后一天是2018年12月20日，要是有人12月21日才来交2019年度的，还收不收？交了从什么时候开始享受待遇？");
        assertTrue(r.reply().contains("2018年12月21日缴费") && r.reply().contains("次月"), r.reply());
        // "他不是新生儿、大学毕业生或退伍军人": none of the listed exceptions
        r = ask("k2", "2021年3月1日有楚雄市的居民来柜台要交2021年度城乡居民医保，他不是新生儿、大学毕业生或退伍军人，还能给他补缴吗？");
        assertTrue(r.reply().contains("不在允许缴费的时间内") && r.reply().contains("不得补缴"), r.reply());
        // "没出去打工": not a returning migrant worker
        r = ask("k3", "杜集区的居民，一直在家没出去打工，2021年1月2号才想起来交医保，还能交吗？");
        assertTrue(r.reply().contains("不在允许缴费的时间内"), r.reply());
        // a price question that mentions an office is still computed
        r = ask("k4", "我们家在随县农村，扶贫系统里标的是“一般贫困户”，一家5口。大儿子县残联认定是丧失劳动能力的残疾人。全家到底要交多少？");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳560元"), r.reply());
        // the kind of disability and its grade said apart
        r = ask("k5", "楚雄 我儿子有精神残疾，残联评的是三级，自己要交多少");
        assertTrue(r.reply().contains("个人缴纳160元"), r.reply());
        // "能退吗": the sentence on 返还
        r = ask("k6", "楚雄这边，我去年已经交了2021年度的医保，后来家里有变故想把钱退回来，能退吗？");
        assertTrue(r.reply().contains("不得要求返还"), r.reply());
        // students pay through their school where the notice says so; a village collector with the 核定单
        r = ask("k7", "孩子在杜集上初中，他的居民医保是我们自己去村里交吗？");
        assertTrue(r.reply().contains("在校生由学校统一组织代收"), r.reply());
        r = ask("k8", "我是随县一个村的会计，村里统一收齐了居民的医保费，要拿着什么去哪家银行交？");
        assertTrue(r.reply().contains("核定单"), r.reply());
        // hukou still elsewhere, with a residence permit: the certificate the notice asks for
        r = ask("k9", "户口还在昭通，现在搬到勐腊住，办了居住证，想在勐腊参加城乡居民医保，需要开什么证明？");
        assertTrue(r.reply().contains("未参保或暂停参保证明"), r.reply());
    }

    @Test
    void thirteenthAndFourteenthSetFaults() {
        // "5个都买一档 … 另外三个普通": five people; 仨 is three
        ChatReply r = ask("h1", "南城街道我屋头5个都买一档，爷爷低保、奶奶建档立卡，另外三个普通，6月前交总共好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳920元"), r.reply());
        r = ask("h2", "杜集俺家仨人都是建档立卡户，总共得交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳90元"), r.reply());
        // a table row named in the question
        r = ask("h3", "南川金佛村今年参保任务数是好多");
        assertTrue(r.reply().contains("金佛，6073"), r.reply());
        // a follow-up to a question answered from the clauses stays with the clauses
        ask("h4", "杜集低保是哪个部门认定的");
        r = ask("h4", "那计划生育特殊家庭呢");
        assertTrue(r.reply().contains("卫生健康部门负责计划生育特殊家庭认定"), r.reply());
        // the date of a list, from the fact the policy file records
        r = ask("h5", "勐腊民政资助名单以哪个月提供的为准");
        assertTrue(r.reply().contains("2018年10月") && r.citations().get(0).clause().equals("四、(一)"), r.reply());
        // a student with a standard of their own in each tier hears both
        r = ask("h6", "南川户口 在重庆读大学 yibao交多少");
        assertTrue(r.reply().contains("250元") && r.reply().contains("625元"), r.reply());
        // "集中缴费几号截止": the central window only
        r = ask("h7", "勐腊2019年度医保集中缴费几号截止");
        assertTrue(r.reply().contains("2018年12月20日") && !r.reply().contains("12月31日"), r.reply());
        // a missed deadline is not the day of payment
        r = ask("h8", "勐腊 12月20号没赶上 还能补交不 补了啥时候能用");
        assertTrue(r.reply().contains("补缴期") && !r.reply().contains("12月20日缴费"), r.reply());
        // a child from elsewhere: may they join, not a birth
        r = ask("h9", "外地来楚雄做生意的，娃娃能在楚雄上医保不");
        assertEquals("ELIGIBILITY", r.intent(), r.reply());
        // the birth day itself when cover runs from birth
        r = ask("h10", "随县伢是3月5号落地的，爹妈在外省参保，6月份才交的医保，待遇从么时候算");
        assertTrue(r.reply().contains("出生之日（2021年3月5日）起"), r.reply());
    }

    @Test
    void dutiesOfANamedOfficeAndABabyWithinTheDays() {
        // "县残联负责什么": the sentence headed 县残联：
        ChatReply r = ask("d1", "随县县残联在城乡居民医保征缴工作中负责什么？");
        assertTrue(r.reply().contains("县残联：负责认定丧失劳动能力的残疾人"), r.reply());
        // paid a month after 落户: only the on-time cover, not the late one
        r = ask("d2", "楚雄 娃娃生下来半个月就落了户 落户后一个月就去交了 从好久开始享受");
        assertTrue(r.reply().contains("自出生之日起享受") && !r.reply().contains("次月"), r.reply());
    }

    @Test
    void fifteenthAndSixteenthSetFaults() {
        // "其中一个还是低保对象": one member of the household, not all of it
        ChatReply r = ask("p1", "随县一般贫困户家里4口人，其中一个还是低保对象，这一家医保一共交多少？");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳420元"), r.reply());
        // "爷爷奶奶都是低保": the two named, not everyone; "没有低保啥的": nobody
        r = ask("p2", "杜集一家6口：爷爷奶奶都是低保，爸妈普通，两个孩子在上学，一共要交多少？");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳1180元"), r.reply());
        r = ask("p3", "勐腊边境一线村子里有一家4口，都是普通村民，没有低保啥的，一家要交多少医保？");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳600元"), r.reply());
        // the baby's age now is the largest said; 才来 is late
        r = ask("p4", "楚雄有个娃娃生下来一个月就上了户口，现在都5个多月了家里才来办参保，交了钱从啥时候起能用？");
        assertTrue(r.reply().contains("已超过落户后90天的，自缴费次月起"), r.reply()); // 楚雄 counts from 落户
        // two questions in one message: the price, then where to pay / who certifies / whether one may join
        r = ask("p5", "杜集建档立卡贫困户交医保自己出多少，在哪交");
        assertTrue(r.reply().contains("个人缴纳30元") && r.reply().contains("缴费渠道"), r.reply());
        r = ask("p6", "杜集区特困供养人员交医保要自己出钱吗？特困由谁认定");
        assertTrue(r.reply().contains("个人缴纳0元") && r.reply().contains("民政部门负责特困供养人员"), r.reply());
        r = ask("p7", "我在楚雄上班，单位给我交了职工医保，还用交居民医保不？我媳妇没上班，她交好多");
        assertTrue(r.reply().contains("不能参加") && r.reply().contains("280元"), r.reply());
        // "没有单位给交职工医保" is not in the employee scheme
        r = ask("p8", "楚雄农民工，没有单位给交职工医保，能参加城乡居民医保不？一年交好多");
        assertTrue(r.reply().contains("可以参加") && r.reply().contains("280元"), r.reply());
        // a second group asked with 呢 is another person
        r = ask("p9", "勐腊计划生育特殊家庭交医保要自己出钱吗？双女结扎户的父母呢");
        assertTrue(r.reply().contains("双女结扎户个人缴纳40元"), r.reply());
        // reimbursement, applying for 低保 and phone numbers are not in the notices
        for (String q : new String[] {"楚雄这边住院能报销百分之多少？", "村里有户人家想申请低保，低保要怎么申请？", "勐腊医保缴费有没有咨询电话？"}) {
            r = ask("p10", q);
            assertEquals("OUT_OF_SCOPE", r.intent(), q + " → " + r.reply());
            assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
        }
        // a long message we cannot read is declined with the hotline, even when it names an area
        r = ask("p11", "帮我查下明天楚雄的天气");
        assertTrue(r.reply().contains("12393"), r.reply());
        // a household paying in July in 南川: the fiscal share is not stated
        r = ask("p12", "南城街道7月份以后交一档，连财政那部分一起，一个人到底总共要交多少钱？");
        assertTrue((r.reply().contains("无法确定") || r.reply().contains("没有写明")) && r.reply().contains("12393"), r.reply());
    }

    @Test
    void seventeenthAndEighteenthSetFaults() {
        // the window the notice opens for a released prisoner, with the eligibility answer
        ChatReply r = ask("r1", "我2021年5月刚刑满释放回到随县，还能参加2021年度的城乡居民医保吗");
        assertTrue(r.reply().contains("中途参保") && r.reply().contains("刑满释放人员"), r.reply());
        r = ask("r1b", "随县 刑满释放的能参保不");
        assertTrue(r.reply().contains("可以参加") && r.reply().contains("中途参保"), r.reply());
        // "城乡重度（1-2级）残疾人员": the grade in brackets between the words of the group
        r = ask("r2", "南城街道我家4口人2021年5月都参加二档：我是城乡重度（1-2级）残疾人员，老婆和两个孩子是普通居民，一共交多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳2340元"), r.reply());
        // a migrant worker's child in 楚雄: 一、(一) names them
        r = ask("r3", "我们是从外地来楚雄做生意的，孩子还没成年，孩子能在楚雄参加城乡居民医保吗");
        assertTrue(r.reply().contains("外来务工人员的未成年子女"), r.reply());
        // "学生的" is no birth
        r = ask("r4", "杜集区学生的医保钱交给谁");
        assertFalse(r.intent().equals("NEWBORN"), r.reply());
        // a first-time member in April: the first-time window
        r = ask("r5", "我以前从来没参过保，2019年4月了还能在勐腊参加2019年度的医保吗");
        assertTrue(r.reply().contains("首次参保"), r.reply());
        // the year remembered belongs to the area it was said of
        ask("r6", "勐腊2019年医保交多少");
        r = ask("r6", "孩子在武汉读大学，户口在随县，他的城乡居民医保怎么参加");
        assertTrue(r.reply().startsWith("随县2021年度") && r.reply().contains("随家庭整体参保"), r.reply());
        // a group's own price beside the channels; the notice's own 月底 words kept
        r = ask("r7", "杜集区重点优抚对象医保怎么交");
        assertTrue(r.reply().contains("缴费渠道") && r.reply().contains("有关文件"), r.reply());
        r = ask("r8", "杜集医保交到啥时候为止");
        assertTrue(r.reply().contains("12月底"), r.reply());
        // "还能在哪些地方交" asks where, not whether it is too late
        r = ask("r9", "楚雄医保在村委会能交不？还能在哪些地方交");
        assertTrue(r.reply().contains("智付通") && !r.intent().equals("DEADLINE"), r.reply());
    }

    @Test
    void nineteenthAndTwentiethSetFaults() {
        // traditional characters are read as simplified ones
        ChatReply r = ask("n1", "勐臘建檔立卡貧困戶繳多少錢");
        assertTrue(r.reply().contains("个人缴纳40元"), r.reply());
        ask("n2", "隨縣醫保交多少");
        r = ask("n2", "家里五个人呢，都是普通的");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1400元"), r.reply());
        // "二百八" is 280; "是不是…交280" asks the price
        r = ask("n3", "鹿城镇这边城乡居民医保是不是一个人交二百八");
        assertTrue(r.reply().contains("280元") && r.intent().equals("FEE"), r.reply());
        // pensions and an app recommendation are not about the scheme
        r = ask("n4", "南川区退休金什么时候发？");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        r = ask("n5", "帮我推荐个好用的记账APP");
        assertTrue(r.reply().contains("12393") && !AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void twentyFirstAndTwentySecondSetFaults() {
        // a couple asking their total; "老两口都是建档立卡户" is the two
        ChatReply r = ask("u1", "南川两口子都买二档，一年要交好多");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳1310元"), r.reply());
        r = ask("u2", "杜集区老两口都是农村建档立卡贫困户，医保一共交多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳60元"), r.reply());
        // "爷爷是…贫困老人": 老人 describes the grandfather; the minor son shares the only-child family's subsidy
        r = ask("u3", "勐腊农村一家五口：夫妻俩有独生子女父母光荣证，儿子15岁，爷爷是低收入家庭70岁贫困老人，奶奶普通，医保一共交多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳440元"), r.reply());
        // the weather is no greeting even when it names an area; an area alone is
        r = ask("u4", "明天楚雄会下雨不");
        assertTrue(r.reply().contains("12393"), r.reply());
        assertEquals("GREETING", ask("u5", "我是勐腊的").intent());
        // moved here from another prefecture with a residence permit: the notice's condition
        r = ask("u6", "我从普洱迁到勐腊来的，办了居住证，能在勐腊参保不，要开哪样证明");
        assertTrue(r.reply().contains("未参保或暂停参保证明"), r.reply());
        // a late baby hears the late rule only
        r = ask("u7", "楚雄娃儿出生4个多月才去上医保，从哪阵开始能报");
        assertTrue(r.reply().contains("次月") && !r.reply().contains("出生之日起"), r.reply());
        // "手机上呢，用哪个app" after a price question is about paying
        ask("u8", "随县医保交多少");
        r = ask("u8", "手机上呢，用哪个app");
        assertTrue(r.reply().contains("湖北税务"), r.reply());
    }

    @Test
    void aMonthWithoutADayIsNotGivenADay() {
        // "1月份才补交的": the month, and cover from the next month (exact whatever the day)
        ChatReply r = ask("m1", "勐腊我1月份才补交的医保，哪阵开始能用");
        assertTrue(r.reply().contains("2019年1月缴费") && !r.reply().contains("1月1日") && r.reply().contains("2019年2月1日"), r.reply());
        // a wait counted from the day of payment is given as the rule, not as a day computed from a day not said;
        // and a closing day the notice does not give is not stated
        r = ask("m2", "随县刑满释放 6月份交的 么时候能用");
        assertTrue(r.reply().contains("自缴费3个月后享受待遇") && !r.reply().contains("9月") && r.reply().contains("通知未写截止日"), r.reply());
    }

    @Test
    void familiesAcrossMessages() {
        // the family told about in earlier messages is the one a later total is for
        ask("f1", "楚雄医保一个人多少钱");
        ask("f1", "家里4口人");
        ask("f1", "我妈是一级重度残疾，有残疾证");
        ChatReply r = ask("f1", "一家子加起来交好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1000元"), r.reply());
        ask("f2", "勐腊县交医保");
        ask("f2", "我们村是27个边境一线的村子之一");
        r = ask("f2", "家里4个人，全家总共交好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳600元"), r.reply());
        // a member told twice is one person
        ask("f7", "楚雄我妈是低保交多少");
        ask("f7", "我妈是低保，一个人多少");
        r = ask("f7", "一家4口一共多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1000元"), r.reply());
        // someone added, someone taken out, someone in the employee scheme
        ask("f3", "勐腊县勐腊镇的，我爸是低保对象，我妈60多了，是低收入家庭的贫困老人，还有我和我老婆，2019年度一家四口总共交多少？");
        r = ask("f3", "再算上我侄子，读初二，现在五个人多少？");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳860元"), r.reply());
        ask("f4", "随县的，家里爷爷特困供养，奶奶是低保，爸妈和我三个都是普通的，2021年度一共要交多少？");
        r = ask("f4", "我自己在武汉上班交的职工医保，把我去掉再算一下。");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳560元"), r.reply());
        r = ask("f5", "楚雄市，老公在单位交的职工医保，我跟两个孩子交居民医保。我们三个一共多少？");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳840元") && r.reply().contains("职工医保的家人"), r.reply());
        // "两个补助" counts subsidies, not people; he is the brother named
        r = ask("f6", "我哥是特困人员南川的他那个医保要是买二档自己要出钱不");
        assertTrue(r.reply().contains("个人缴纳0元") && !r.reply().contains("全家2人"), r.reply());
    }

    @Test
    void thirtiethSetsFaults() {
        // twins are two babies; a newborn price question gets the price too
        ChatReply r = ask("t1", "随县 双胞胎两个娃一起交医保 要多少钱");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳560元"), r.reply());
        // ISO dates, and what happened on a day is the first thing said after it, brackets aside
        r = ask("t2", "楚雄市：新生儿2021-03-10出生、当天落户，家长拖到2021-06-09（出生后第91天）才登记缴费，待遇从什么时候开始享受？");
        assertTrue(r.reply().contains("2021年6月9日缴费的，待遇从2021年7月1日开始"), r.reply());
        // "户主和妻子都是低保" names two; children counted then listed in brackets are not counted twice
        r = ask("t3", "杜集区：户主和妻子都是低保对象，两个孩子（一个初中生、一个幼儿园在园儿童），户主父亲是特困供养人员。一家五口合计多少？");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳620元"), r.reply());
        // a sentence of 300 characters: the answer starts at the phrase asked about
        r = ask("t4", "勐腊县医保中心每月几号前要把上个月收的医保款转到县财政医保基金专户？");
        assertTrue(r.reply().contains("每月10日前"), r.reply());
        // not about the scheme at all: declined, no area asked
        r = ask("t5", "考研报名啥时候开始");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        // a rule quoted from the notice reads without the extraction's padding
        r = ask("t6", "勐腊，开春三月份了，我家姑爷才想起来交医保，还整得成莫得？");
        assertTrue(r.reply().contains("3月1日起停止办理"), r.reply());
    }

    @Test
    void thirtySeventhSetsFaults() {
        // "就30块钱是吧": a figure to confirm is a price question in the conversation's area and group
        ask("s1", "杜集低保户医保个人交多少");
        ChatReply r = ask("s1", "哦 就30块钱是吧 谢谢哈");
        assertTrue(r.reply().contains("个人缴纳30元") && r.citations().stream().anyMatch(c -> c.clause().equals("二、(三)")), r.reply());
        // … but "晓得了" closes the subject: thanks, no figure
        ask("s2", "随县今年一保个人交好多");
        r = ask("s2", "哦两百八是吧好的晓得了谢谢你");
        assertEquals("THANKS", r.intent(), r.reply());
        // asking whether one may ask, naming the area: a greeting about that area
        r = ask("s3", "你好 南城街道的居民医保能在这问不");
        assertEquals("GREETING", r.intent(), r.reply());
        assertTrue(r.reply().contains("南城街道") && !AMOUNT.matcher(r.reply()).find(), r.reply());
        // an attachment named without its table answers nothing: the clause with the rate does
        r = ask("s4", "楚雄市2021年居民医保参保率目标要达到多少");
        assertTrue(r.reply().contains("96%"), r.reply());
        // the notice names the fiscal subsidy without its amount: said so, with the hotline, no figure
        r = ask("s5", "南城街道2021年居民医保人均财政补助到底是好多钱？");
        assertTrue(r.reply().contains("没有写明") && r.reply().contains("12393") && !AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void thirtyEighthSetsFaults() {
        // "两个老的" after 爷爷 and 奶奶 are named: the same two people, not two more
        ChatReply r = ask("h1", "楚雄的 我爷爷又是建档立卡户又是底保 我奶奶是建档立卡户 两个老的合疗自己一共要出好多钱");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳200元"), r.reply());
        // a count said with 都是 stays: two of the four are 低保
        r = ask("h2", "楚雄 家里两个老人都是低保 我和老婆普通 一共多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳880元"), r.reply());
        // "户口落了都4个多月了": a newborn past 楚雄's 90 days from 落户
        r = ask("h3", "楚雄的 我孙子户口落了都四个多月了 医保还没办 我们屋里头都忘了这个事");
        assertEquals("NEWBORN", r.intent(), r.reply());
        assertTrue(r.reply().contains("已超过落户后90天的，自缴费次月起"), r.reply());
        // "他同时也是低保对象": the father-in-law named before, now in two groups
        ask("h4", "随县的 我公公是一般贫困户");
        r = ask("h4", "他同时也是低保对象 那要交几多");
        assertTrue(r.reply().contains("个人缴纳0元") && r.reply().contains("就高不就低"), r.reply());
        // "俺是低保户" then "俺老伴也是低保 俺俩一共呢": the two of them, both 低保
        ask("h5", "淮北杜集 俺是低保户 医保自己出多少钱");
        r = ask("h5", "俺老伴也是低保 俺俩一共呢");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳60元"), r.reply());
        // the government's share per person, asked beside one's own price
        r = ask("h6", "杜集 俺一个人交280 政府那头给每个人补多少");
        assertTrue(r.reply().contains("550元") && r.citations().stream().anyMatch(c -> c.clause().equals("二、(二)")), r.reply());
    }

    @Test
    void thirtyNinthSetsFaults() {
        // a search-box query in the notice's words, with its area, is searched; chatter with an area is not
        ChatReply r = ask("n1", "楚雄 智付通终端 网点在哪");
        assertTrue(r.reply().contains("智付通终端网点") && r.citations().stream().anyMatch(c -> c.clause().equals("四、(二)")), r.reply());
        r = ask("n2", "楚雄 今天天气怎么样");
        assertFalse(r.citations().size() > 0, r.reply());
        // 在校生 is the notices' word for pupils and students
        r = ask("n3", "杜集 学生 代收");
        assertTrue(r.reply().contains("在校生原则上由学校统一组织代收"), r.reply());
        // a clause found by the question's own words is not replaced by a fact one word of it names (凭证)
        r = ask("n4", "杜集区代收单位向税务部门汇总申报后，税务部门开具什么凭证把钱缴入国库？");
        assertTrue(r.reply().contains("税收缴款书"), r.reply());
        // a form without full stops: its paragraphs are sentences, its title line answers nothing
        r = ask("n5", "随县 参保登记表 一式几份");
        assertTrue(r.reply().contains("本表一式两份"), r.reply());
        // studying in another city is not asking about that city
        ask("n6", "随县2021年度的居民医保么时候交");
        r = ask("n6", "我伢在武汉读大学，他的医保要单独交不");
        assertTrue(r.reply().contains("随家庭整体参保缴费"), r.reply());
        // 长期护理保险 is not in the notices
        r = ask("n7", "淮北杜集 长期护理保险 怎么交费");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        r = ask("n8", "南城 资助对象 名单 报送时间");
        assertTrue(r.reply().contains("2020年11月25日前"), r.reply());
    }

    @Test
    void fortiethSetsFaults() {
        // "没得职工医保" is not being in the employee scheme; "便宜点" asks the price
        ChatReply r = ask("j1", "楚雄的，我今年65了，在城头打零工，没得职工医保，年纪大了交居民医保是不是要便宜点");
        assertEquals("FEE", r.intent(), r.reply());
        assertTrue(r.reply().contains("个人缴纳280元"), r.reply());
        // whether a payment on a day counts, whatever the channel it was made on
        r = ask("j2", "楚雄这边，我2021年2月28号晚上在手机上交的医保，还算不算数嘛");
        assertTrue(r.reply().contains("2021年2月28日缴费，在集中征缴期内"), r.reply());
        // a graduate past the collection period: yes first, by the window of their own
        r = ask("j3", "今年大学刚毕业7月份回来，楚雄2021年的医保集中缴费期早过了，我还能交吗");
        assertTrue(r.reply().startsWith("楚雄市2021年度：可以缴费，大学毕业生适用"), r.reply());
        // the money raised per person, asked beside the price: one person, not a household of one
        r = ask("j4", "随县2021年居民医保一个人一年总共筹多少钱，个人交好多");
        assertEquals("FEE", r.intent(), r.reply());
        assertTrue(r.reply().contains("830元"), r.reply());
    }

    @Test
    void fortiethSetsDates() {
        // the birth said before and the payment day said now, read together: day 91 → cover from the next month
        ask("k1", "勐腊的，孩子2019年1月10号出生");
        ChatReply r = ask("k1", "4月11号才去办的参保缴费，待遇从哪天开始");
        assertTrue(r.reply().contains("2019年4月11日缴费的，待遇从2019年5月1日开始"), r.reply());
        assertTrue(r.reply().contains("最晚2019年4月10日（含当天）"), r.reply());
        // the end of a month as a payment day, before a window opens
        r = ask("k2", "杜集这边，2020年8月底能交居民医保了没");
        assertTrue(r.reply().contains("2020年8月31日缴费，不在允许缴费的时间内") && r.reply().contains("尚未开始"), r.reply());
        // a price on a day, and whether that day is still open
        r = ask("k3", "南城的，打工2月初回来，2021年2月5号还能交今年的医保不，一档好多");
        assertTrue(r.reply().contains("个人缴纳280元") && r.reply().contains("9月30日"), r.reply());
        // a group's subsidy that does not run on the day paid, and why
        ask("k4", "南川区南城街道的");
        r = ask("k4", "我爸是低保，2021年7月5号才去交一档，还有280的资助没得");
        assertTrue(r.reply().contains("资助不适用于2021年7月5日缴费") && r.reply().contains("2021年6月30日"), r.reply());
    }

    @Test
    void fortyFirstSetsFaults() {
        // pinyin typed for want of a Chinese keyboard
        ChatReply r = ask("w1", "南城 weixin zhifubao 能交医保吗");
        assertEquals("CHANNEL", r.intent(), r.reply());
        assertTrue(r.reply().contains("微信、支付宝"), r.reply());
        // traditional characters, and when the window shuts is not what to bring
        r = ask("w2", "勐腊幾號開始停止辦理參保繳費？");
        assertEquals("DEADLINE", r.intent(), r.reply());
        // a place to pay at, asked in a follow-up
        ask("w3", "楚雄医保今年每人交多少");
        r = ask("w3", "那他们能在村委会那边交吗？");
        assertTrue(r.reply().contains("智付通终端网点"), r.reply());
        // whether one may join there, the place between the words, and where to register
        r = ask("w4", "我从楚雄搬来随县住了 户口还在云南 能在随县参保吗 去哪登记");
        assertEquals("ELIGIBILITY", r.intent(), r.reply());
        assertTrue(r.reply().contains("居住地"), r.reply());
    }

    @Test
    void parentsInTheEmployeeSchemeAreNotTheNewbornRulesParents() {
        Parser p = new Parser(Lexicon.load(), LIB);
        assertEquals(Boolean.FALSE, p.parse("楚雄 我和老公都交了职工医保 娃娃3月出生 要交钱不").parentsBothInsured());
        assertEquals(Boolean.TRUE, p.parse("楚雄，我和老婆2020年10月就交了2021年的居民医保，娃娃2021年1月5号出生").parentsBothInsured());
        assertEquals(Boolean.TRUE, p.parse("楚雄 我们两口子都交了居民医保 娃娃3月出生 要交钱不").parentsBothInsured());
    }

    @Test
    void fortySecondSetsFaults() {
        // groups said not to apply: 不吃低保, 不是低保也不是特困, 没在低保名单上, 不在名单上
        ChatReply r = ask("l1", "楚雄的，我是肢体残疾三级，不吃低保，医保有资助不，交好多");
        assertTrue(r.reply().contains("个人缴纳280元") && !r.reply().contains("160元"), r.reply());
        r = ask("l2", "我爹是退伍老兵，在楚雄农村，家里不是低保也不是特困，医保要交全款不");
        assertTrue(r.reply().contains("个人缴纳280元"), r.reply());
        ask("l3", "楚雄鹿城镇这边的");
        ask("l3", "我爸妈都是城乡低保对象");
        r = ask("l3", "我在外头打工没在低保名单上，我们三个人的医保加起来交好多");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳600元"), r.reply());
        // "家里4口都在建档立卡名单里…5个人一共": four of the five
        ask("l4", "我家在杜集区石台镇，建卡户");
        r = ask("l4", "家里4口都在建档立卡名单里，今年刚娶的媳妇不在名单上，5个人一共交多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳400元"), r.reply());
        // the man and the woman of the couple, each in their own group, in tier 2
        r = ask("l5", "南城两口子都交二档，男的一级残疾，女的普通人，一共好多钱");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳1030元"), r.reply());
        // how to get a disability card or 低保 is not in the notices
        r = ask("l6", "南川南城低保咋个申请，要啥子条件");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void fortyThirdSetsFaults() {
        // the speaker's own employee scheme, the parents asked about
        ChatReply r = ask("m1", "我在楚雄上班有职工医保 我爸妈在乡下没工作 他们能参加居民医保不 一个人好多钱");
        assertTrue(r.reply().contains("个人缴纳280元") && !r.reply().contains("不能参加"), r.reply());
        // "厂里交不了职工医保": not in the employee scheme
        r = ask("m2", "在杜集进城打工 厂里交不了职工医保 能参加居民医保不 要交好多");
        assertTrue(r.reply().contains("个人缴纳280元") && !r.reply().contains("不能参加"), r.reply());
        // 崽 and 老丈人 are people of the household; 我老爹 is the grandfather, outside the only-child family
        r = ask("m3", "勐腊 我们是独生子女户 领了光荣证的 我两口子加上12岁的崽 医保一共要交好多");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳120元"), r.reply());
        ask("m4", "我家在勐腊勐仑镇");
        r = ask("m4", "屋头我 我老婆 还有我老丈人 老丈人是低保户 我们俩普通的 一共交好多");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳540元"), r.reply());
        r = ask("m5", "勐腊农村独生子女家庭，两口子领了光荣证，娃15岁，再加我老爹（普通人），4个人医保一共多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳340元"), r.reply());
        // a group named for an age (低收入家庭60周岁以上老年人), said by someone younger: no subsidy from it
        r = ask("m6", "勐腊县低收入家庭，我才45岁，不是低保也不是建卡户，也不在边境村，医保有补助没");
        assertTrue(r.reply().contains("个人缴纳220元"), r.reply());
        r = ask("m7", "勐腊 我妈65岁 低收入家庭 交多少");
        assertTrue(r.reply().contains("个人缴纳100元"), r.reply());
        // 双女结扎户 is the parents' subsidy: the daughters asked about next pay the standard
        ask("m8", "勐腊的 我们家是双女结扎户 我和老公两个的医保交好多");
        r = ask("m8", "那两个女娃呢 一个12岁一个8岁 她俩加起来交好多");
        assertTrue(r.reply().contains("个人合计缴纳440元"), r.reply());
    }

    @Test
    void fortyFourthSetsFaults() {
        // a colon parts the people as a comma does; 大伯 is one person
        ChatReply r = ask("o1", "杜集区的，我帮家里几个人一起交：我大伯是特困供养人员，我奶奶是低保对象，再加我们两口子，四个人一共自己出多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳590元"), r.reply());
        // the employee scheme's contribution rates are not in the notices
        r = ask("o2", "随县灵活就业人员交职工医保，一个月要交多少，费率是多少");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        assertFalse(AMOUNT.matcher(r.reply()).find(), r.reply());
        // "单位没给我交职工医保": not in the employee scheme
        assertEquals(Boolean.FALSE, new Parser(Lexicon.load(), LIB).parse("楚雄 单位没给我交职工医保 能交居民医保不").employeeInsured());
    }

    @Test
    void whereToJoinWhoCollectsAndWhoDecides() {
        // where one joins: the notice's rule on the place, over a clause that only shares the words of the employee scheme
        ChatReply r = ask("p1", "户口在楚雄，人在昆明打零工没有单位交职工医保，居民医保应该在哪边交？");
        assertTrue(r.reply().contains("原则上在户籍所在地参保缴费"), r.reply());
        r = ask("p2", "孩子在江苏南京医院生的 户口落在杜集了 医保是在南京交还是回杜集交");
        assertTrue(r.reply().contains("居住地"), r.reply());
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("四、")));
        // a pupil's contribution: collected by the school (杜集), the university's in Chongqing (南城)
        r = ask("p3", "杜集 娃上初中了 医保该哪个收");
        assertTrue(r.reply().contains("学校统一组织代收"), r.reply());
        r = ask("p4", "南城街道 儿子在重庆上大学 医保是他自己在那边交还是回村头交哦");
        assertTrue(r.reply().contains("所在学校"), r.reply());
        // which department decides who is in a group: the sentences saying who does it, both parts asked
        r = ask("p5", "杜集的，低保对象和建档立卡贫困户的身份，分别是哪个部门认定的");
        assertTrue(r.reply().contains("民政部门负责") && r.reply().contains("扶贫部门负责"), r.reply());
        // a figure only the financing states (830): what it is, beside the personal price
        r = ask("p6", "听村里说随县2021年度一个人医保要交八百三 是真的假的 这么贵");
        assertTrue(r.reply().contains("个人缴纳280元") && r.reply().contains("830"), r.reply());
        // "能报回来多少", "大病保险能赔好多", "备案": not in the notices
        for (String q : List.of("杜集区的 俺爹八十了住院花了两万 能报回来多少钱", "随县 大病保险能赔好多", "勐腊参保的人在昆明看病咋个备案 报销会不会少")) {
            r = ask("p7", q);
            assertEquals("OUT_OF_SCOPE", r.intent(), q + " → " + r.reply());
            assertTrue(r.reply().contains("12393"), r.reply());
        }
        // a lapse of the employee scheme is why the resident scheme is asked about
        r = ask("p8", "在随州一个厂上班 2021年5月辞职了职工医保断了 不是毕业生 能在随县交2021年的居民医保吗");
        assertTrue(r.reply().contains("不再征收"), r.reply());
    }

    @Test
    void householdsSaidInOtherWays() {
        // "我跟老伴是…": both, without 都
        ChatReply r = ask("q1", "那个我跟老伴是建档立卡贫困户 儿子已经分户出去了不是贫困户 勐腊的 我们三个人的医保一共要交好多钱");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳300元"), r.reply());
        // "老伴还是二级残疾": the same person in a second group, the higher subsidy once
        r = ask("q2", "嗯我跟我老伴都是那个建当立卡户 楚雄市的 我老伴还是二级残疾那种重度残疾 补助是不是两样都可以拿 我们两个人自己一共要出多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳200元") && r.reply().contains("就高不就低"), r.reply());
        // the elder and the younger child
        r = ask("q3", "我们两口子 大的读小学 小的上幼儿园 随县2021年医保一家一共交多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1120元"), r.reply());
        // a household's own group stays when one of them is then said to be in another
        ask("q4", "随县 我们是一般贫困户 四口人");
        ask("q4", "我爸是丧失劳动能力的残疾人");
        r = ask("q4", "那全家一共自己掏好多");
        assertTrue(r.reply().contains("个人合计缴纳420元"), r.reply());
        // the same household in other tiers
        ask("q5", "南川南城街道 建档立卡户 三个人");
        ask("q5", "都交一档自己掏多少");
        r = ask("q5", "要是我一个人换成二档 另外两个还是一档 一共好多");
        assertTrue(r.reply().contains("个人合计缴纳615元"), r.reply());
        // a relative in another area is another household
        ask("q6", "楚雄市的 我妈低保 自己出多少");
        r = ask("q6", "俺姑在淮北杜集区 也是低保 她跟姑父两口子一共交多少 姑父不是低保");
        assertTrue(r.reply().contains("个人合计缴纳310元"), r.reply());
    }

    @Test
    void aChildPaidForInTheYearIsNotANewborn() {
        ChatReply r = ask("r1", "想给娃娃一起交了 勐腊县2019年度医保集中缴费是哪几天");
        assertTrue(r.reply().contains("2018年11月5日至2018年12月20日"), r.reply());
        r = ask("r2", "21年的医保忘记给娃交了 今天都2021年3月10号了 楚雄这边还能补交么");
        assertTrue(r.reply().contains("不得补缴"), r.reply());
        // from another province, living here: the rule for residents from elsewhere, not the newborn's
        r = ask("r3", "我们是贵州的 在南城街道住了好多年了 娃能在这边参加居民医保不");
        assertEquals("ELIGIBILITY", r.intent(), r.reply());
        assertTrue(r.reply().contains("市外居民"), r.reply());
    }

    @Test
    void aMonthWithItsYearAndWhoTheNoticeNames() {
        // "2019年6月第一次参保": first-time insured in June, cover from the next month
        ChatReply r = ask("s1", "勐腊我2019年6月第一次参保，要交全年的钱吗？从啥时候能用？");
        assertTrue(r.reply().contains("2019年7月1日"), r.reply());
        // from July 南川's payer bears the fiscal share, also when only the tiers are asked
        r = ask("s2", "南城街道的，我妈2021年8月份才去交医保，还是交280就行吗");
        assertTrue(r.reply().contains("财政补助部分"), r.reply());
        // 建档立卡 keep their subsidy all year
        r = ask("s3", "南城街道的建档立卡贫困人员，2021年8月才来参保缴费，还能享受资助参保吗？");
        assertTrue(r.reply().contains("全年"), r.reply());
        // a kind of person the notice lists among those covered is named back
        r = ask("s4", "楚雄市寺庙里的宗教教职人员可以参加城乡居民医保吗");
        assertTrue(r.reply().contains("宗教教职人员"), r.reply());
    }

    @Test
    void festivalsAreDays() {
        // 正月十五 of 2021 is 2月26日 (ICU's Chinese calendar), within 杜集's extension for returning migrant workers
        ChatReply r = ask("t1", "打工回来的 杜集 2021年正月十五去交医保来得及不");
        assertTrue(r.reply().contains("2021年2月26日") && r.reply().contains("2021年2月28日"), r.reply());
        // 农历二月二 of 2021 is 3月14日: after 楚雄's collection period, no late payment
        r = ask("t2", "楚雄的医宝 2021年农历二月二龙抬头那天交还得不得");
        assertTrue(r.reply().contains("2021年3月14日") && r.reply().contains("不得补缴"), r.reply());
        // a festival without a year is the one of the notice's payment season; 2018年 with it is no insurance year
        r = ask("t3", "2018年圣诞节那天才去交医保 勐腊县的 还能交么 要是不行咋个整");
        assertTrue(r.reply().contains("2018年12月25日") && r.reply().contains("补缴期"), r.reply());
        r = ask("t4", "南城街道 国庆节后去交医保 来得及不");
        assertTrue(r.reply().contains("2020年10月"), r.reply());
        // "春节回来的农民工" names people, not a day
        r = ask("t5", "杜集集中缴费期几月开始，春节回来的农民工最多能延到哪天");
        assertTrue(r.reply().contains("9月") && r.reply().contains("2月28日"), r.reply());
    }

    @Test
    void householdsOfTheFiftiethSets() {
        // "低保加二级重度残疾": one person in two groups
        ChatReply r = ask("u1", "我爸低保加二级重度残疾，我妈低保，加上我一共3个，楚雄市，医保要交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳600元"), r.reply());
        // an only child of 18 or more is no longer in the family group (未满18周岁子女)
        r = ask("u2", "勐腊 独生子女户 有光荣证 娃今年20了 我们两口子加娃三个人交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳300元"), r.reply());
        r = ask("u3", "勐腊农村独生子女户，娃12岁，我们两口子加娃一共交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳120元"), r.reply());
        // the newborn of this year whose parents are both in the scheme (and meet family planning) pays nothing
        r = ask("u4", "楚雄市 我和媳妇都交了2021年的居民医保，老二2021年3月生的（符合计生政策），我们三个2021年度一共交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳560元") && r.reply().contains("新生儿1人"), r.reply());
        // a group named for an age said of the household: its elders only
        r = ask("u5", "勐仑镇的，我妈65了，家里是低收入家庭，算贫困老年人，我爸是特困供养，还有我和我老婆普通的，4个人医保总共交好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳540元"), r.reply());
        // the difference of the two tiers
        r = ask("u6", "南川南城这边二档比一档多交好多钱哦");
        assertTrue(r.reply().contains("多缴375元"), r.reply());
        // a school year is priced in the insurance year it ends in
        r = ask("u7", "娃户口在南川南城街道 在重庆读大学 学校统一收医保 2020-2021学年一档二档各好多钱");
        assertTrue(r.reply().contains("250元") && r.reply().contains("625元"), r.reply());
        // working in another province says nothing of the hukou: a late-payment question
        r = ask("u8", "在外省打工 勐腊老家的医保12月20号前没赶上交 过年回来1月份还补得成不");
        assertTrue(r.reply().contains("2月28日"), r.reply());
        // a second part does not repeat what the first said
        r = ask("u9", "随县 能在随县参保吗 去哪登记");
        int first = r.reply().indexOf("参保人员户口簿");
        assertTrue(first >= 0 && r.reply().indexOf("参保人员户口簿", first + 1) < 0, r.reply());
    }

    @Test
    void factPhrasesWithAlternativesHaveParts() {
        // "a|b" is read as alternatives only within a phrase of parts ("a|b+c"); alone it would be one literal phrase
        for (String phrase : Lexicon.load().facts.keySet()) {
            String p = phrase.startsWith("!") ? phrase.substring(1) : phrase;
            assertTrue(p.contains("+") || !p.contains("|"), "never matches: " + phrase);
        }
        ChatReply r = ask("v1", "南川 我用支付宝给孙子交的医保 咋个证明交了");
        assertTrue(r.reply().contains("可查询本人缴费记录及为他人代缴记录"), r.reply());
    }

    @Test
    void kinshipWordsOfTheFiftyFourthSet() {
        // 舅舅 is one person, 外公/外婆 are not parted at 外, 岳母 is a person
        ChatReply r = ask("w1", "杜集区农村的 外公是建档立卡贫困户 外婆是低保 舅舅是普通居民 三个人一共交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳340元"), r.reply());
        r = ask("w2", "帮随县岳家问下：小舅子是严重精神障碍患者 岳父普通 岳母是一般贫困户 还有小舅子的娃 普通 四个人医保一共交多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳700元"), r.reply());
        // the son-in-law in the employee scheme is left out; "两个外孙" are two
        r = ask("w3", "女婿在楚雄单位上班 单位给他交了职工医保 我闺女跟两个外孙都是普通居民 他们这家居民医保一共要交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳840元"), r.reply());
        // "…也没职工医保": said not to be in it, they are priced
        r = ask("w4", "帮楚雄乡下一大家子问：公公是特困供养人员 婆婆是低保 我跟老公还有两个娃都没特殊身份也没职工医保 全家居民医保加起来交多少");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳1280元"), r.reply());
        // "是医保局收还是税务收": the sentence whose doer is named
        r = ask("w5", "帮我妈交杜集区的居民医保 这钱到底是医保局收还是税务收");
        assertTrue(r.reply().contains("税务部门负责城乡居民个人医疗保险费征收工作"), r.reply());
        // the employee scheme's rate is not in the notices
        r = ask("w6", "随县 女婿单位交职工医保 个人每月扣工资百分之几");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
    }

    @Test
    void correctionsAndAdditionsToTheHouseholdBefore() {
        // "说错了，我爸不是建档立卡，是特困供养": the same four people, the father's group put right
        ask("x1", "楚雄这边 我们家4个人");
        ChatReply r = ask("x1", "我爸是建档立卡 其他都普通 一共交多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳940元"), r.reply());
        r = ask("x1", "说错了 我爸不是建档立卡 是特困供养 重新算下");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳840元"), r.reply());
        // "他啥都不是": the group taken away
        ask("x2", "杜集区 我妈是低保 我爸是建档立卡 他俩医保交多少");
        r = ask("x2", "说错了 我爸不是建档立卡 他啥都不是");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳310元"), r.reply());
        // an age put right: a child of 19 is out of the only-child family's subsidy
        ask("x3", "勐腊的");
        ask("x3", "我们是独生子女家庭 领了光荣证的 我跟我老公加一个10岁娃 交医保要多少");
        r = ask("x3", "说错了 娃娃今年19岁了 不是10岁");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳300元"), r.reply());
        // "其中…" / "这5个人里头…": one of those counted, nobody added
        ask("x4", "南城街道 我们家5个人 都参加一档");
        r = ask("x4", "其中我奶奶是低保户 算下要好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1120元"), r.reply());
        r = ask("x4", "哦对了 这5个人里头我爸是2级重度残疾 他也有资助吧 重新算下");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳840元"), r.reply());
        // "再加上我妈和我": the one asked about before and those added
        ask("x5", "杜集的 我爸是低保户 医保要交多少");
        r = ask("x5", "再加上我妈和我 我妈也是低保 我是普通的 一共多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳340元"), r.reply());
        // "再加上我弟，他单独一户，是一般贫困户": the group is the brother's, not everyone's
        ask("x6", "随县");
        ask("x6", "我们家5口 我妈是低保 其他人都普通 交多少");
        r = ask("x6", "再加上我弟 他单独一户 是一般贫困户 一起交一共多少");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳1260元"), r.reply());
        // a newborn added to the household
        ask("x7", "杜集区的 我家4口人 交医保多少");
        r = ask("x7", "哦还有个刚生的 也要算上");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1400元"), r.reply());
        // the same question in another area
        ask("x8", "勐腊县的 一个人医保交多少");
        r = ask("x8", "换成随县的呢 2021年");
        assertTrue(r.reply().contains("随县2021年度") && r.reply().contains("280元"), r.reply());
        // 舅妈 is one person
        ask("x9", "我舅舅在楚雄是低保户 他医保自己交多少");
        r = ask("x9", "再加上我舅妈 她是三级精神残疾 两个人一共自己掏好多");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳320元"), r.reply());
    }

    @Test
    void proceduresOfTheFiftyFifthSet() {
        ChatReply r = ask("y1", "楚雄这边 哪几个银行能交居民医保啊");
        assertEquals("CHANNEL", r.intent(), r.reply());
        assertTrue(r.reply().contains("农业银行"), r.reply());
        r = ask("y2", "勐腊 第一回参保 登记好了以后 能直接给现金不");
        assertTrue(r.reply().contains("不再收现金") && r.reply().contains("12333"), r.reply());
        r = ask("y3", "随县 屋里第一次参保 是每个人自己跑一趟还是一个人去办就行");
        assertTrue(r.reply().contains("户主"), r.reply());
        r = ask("y4", "随县 村干部上门收了医保钱 要不要给我开票");
        assertTrue(r.reply().contains("随开票"), r.reply());
    }

    @Test
    void householdsOfTheFiftyEighthSet() {
        // "我哥家4口是建档立卡贫困户": that family's four
        ChatReply r = ask("z1", "我家跟我哥家住一起 杜集 一共8口 我哥家4口是建档立卡贫困户 我家4口普通 全部交要多少");
        assertTrue(r.reply().contains("全家8人，个人合计缴纳1240元"), r.reply());
        // "我和老婆…都交居民医保", "按政策生的", "爸妈都参了居民医保": the newborn of the year pays nothing
        r = ask("z2", "楚雄 我和老婆2021年都交居民医保，娃2021年出生 计划生育政策内的，我们仨2021年度一共要交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳560元"), r.reply());
        r = ask("z3", "家里外婆是建档立卡户（楚雄市），还有个刚生的小孙子(爸妈都参了居民医保 按政策生的 下个月就去登记)，两个人今年自己一共要交多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳100元"), r.reply());
        // "用哪个app": where to pay, beside the household's total
        r = ask("z4", "想在手机上给全家5口交医保 勐腊县 用哪个app");
        assertTrue(r.reply().contains("12333"), r.reply());
    }

    @Test
    void whatTheNoticesLeaveOutStatesNoFigure() {
        // a collector's fee per payment is not in the notices
        ChatReply r = ask("za", "楚雄 村委会协办人员 代收医保费 每笔补助多少钱");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        // 勐腊 states no per-person fiscal subsidy: said so, without borrowing the 建档立卡 figure
        r = ask("zb", "勐腊2019年各级财政对每个参保居民的人均补助标准是多少（不是困难群众资助）");
        assertTrue(r.reply().contains("没有写明") && !AMOUNT.matcher(r.reply()).find(), r.reply());
    }

    @Test
    void targetsAndDutiesAsked() {
        ChatReply r = ask("zc", "勐腊 2019 居民医保 参保率 工作目标");
        assertTrue(r.reply().contains("96%"), r.reply());
        r = ask("zd", "杜集 在校生 医保费 谁代收");
        assertTrue(r.reply().contains("学校统一组织代收"), r.reply());
        r = ask("ze", "在楚雄去银行网点交了居民医保，金融部门会提醒参保人做什么？");
        assertTrue(r.reply().contains("小票"), r.reply());
    }

    @Test
    void groupsSaidOnceForSeveralPeople() {
        // "两个娃也是": the two are what the couple before them are
        ChatReply r = ask("g1", "楚雄 两口子都是建档立卡 两个娃也是 四个人医保一共多少钱");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳400元"), r.reply());
        // "两个弟弟也是建档立卡": the count left before 弟弟 is theirs
        r = ask("g2", "楚雄 我家6口人 爷爷特困供养 奶奶二级残疾又是低保 爸妈建档立卡 两个弟弟也是建档立卡 一年医保总共交好多");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳560元"), r.reply());
        // "我和妹妹也在低保里头", "我和媳妇建档立卡": both people joined by 和
        r = ask("g3", "杜集 家里五口人 奶奶特困供养 爸妈低保 我和妹妹也在低保里头 医保一共交多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳120元"), r.reply());
        r = ask("g4", "勐腊 爸是特困供养 妈一级残疾丧失劳动能力 我和媳妇建档立卡 两个娃也是建档立卡 6个人医保一共好多钱");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳260元"), r.reply());
        // "我在外地帮他俩交": the payer is not one of them
        r = ask("g5", "杜集 家里俩老人 一个低保一个啥都不是 我在外地帮他俩交 一共多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳310元"), r.reply());
        // "两个交一档两个交二档"
        r = ask("g6", "南城 我家4个人 两个交一档两个交二档 年底前交 一共好多钱");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1870元"), r.reply());
        // "大学生医保是交多少": a topic, not one more person
        r = ask("g7", "娃在重庆读大学 户口在南城 大学生医保是交多少");
        assertTrue(r.reply().contains("250") && r.reply().contains("625") && !r.reply().contains("全家"), r.reply());
        // "140和280能一起享受不": the notice's rule on two subsidies, not when cover starts
        r = ask("g8", "随县 低保户 也是一般贫困户 140和280能一起享受不");
        assertEquals("FEE", r.intent(), r.reply());
        assertTrue(r.reply().contains("就高不就低"), r.reply());
    }

    @Test
    void daysMissedAndMonthsSaidNow() {
        // "12月20号前没赶回来": the day was missed, the payment asked about is after it
        ChatReply r = ask("m1", "勐腊的 在外面打工 12月20号前没赶回来 医保还能补交吗");
        assertTrue(r.reply().contains("补缴期") && r.reply().contains("2月底"), r.reply());
        // a month said without a day stays a month in the follow-up ("2019年1月", not "2019年1月1日")
        ask("m2", "勐腊县的 我是一月份才补交的医保");
        r = ask("m2", "那我哪阵开始可以用 看病能报不");
        assertTrue(r.reply().contains("2019年1月缴费") && r.reply().contains("2019年2月1日"), r.reply());
        // "现在5月 … 还能交吗 一档多少": the price, and the mid-year window that month is in
        r = ask("m3", "职工医保断了 现在5月 想在南城交居民医保还能交吗 一档多少");
        assertTrue(r.reply().contains("280") && r.reply().contains("9月30日"), r.reply());
        // "我俩的截止时间一样吗": the wife's deadline and the returning husband's
        ask("m4", "淮北杜集区的");
        r = ask("m4", "我一直在家 老公在外地打工过年才回 我俩的医保截止时间一样吗");
        assertEquals("DEADLINE", r.intent(), r.reply());
        assertTrue(r.reply().contains("12月31日") && r.reply().contains("2月28日"), r.reply());
        // "年前从外地回来": coming home is no hukou elsewhere
        r = ask("m5", "年前从外地回来 12月交的随县医保 保哪段时间");
        assertTrue(r.reply().contains("2021年1月1日"), r.reply());
    }

    @Test
    void peopleFromElsewhereAndTheirPapers() {
        ChatReply r = ask("p1", "杜集 在杜集打工 户口河南的 老家已经交过医保了 这边还能再交吗");
        assertEquals("ELIGIBILITY", r.intent(), r.reply());
        assertTrue(r.reply().contains("原籍未参加"), r.reply());
        ask("p2", "我户口在临沧，现在一家人住勐腊，办了居住证");
        r = ask("p2", "在这边参保 老家那边要开个啥证明");
        assertTrue(r.reply().contains("未参保或暂停参保证明"), r.reply());
        // 楚雄高新区 is in 楚雄, not another county
        r = ask("p3", "在楚雄高新区厂里上班 单位给买了职工医保 老家那边居民医保还要交吗");
        assertTrue(r.reply().contains("职工医保") && r.reply().contains("楚雄市"), r.reply());
        // the school in 成都 collects: a place we have no notice for
        r = ask("p4", "娃在成都读大学 学校让交学生医保 要交多少");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        r = ask("p5", "随县 残疾人护理补贴一个月好多钱");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        // the government's share asked by a resident who knows their own
        r = ask("p6", "回随县交医保 个人280 国家那边补多少");
        assertTrue(r.reply().contains("550"), r.reply());
        r = ask("p7", "南城 我用支付宝帮我妈交了 咋个查交起没有 还要打个证明");
        assertTrue(r.reply().contains("支付宝") && r.reply().contains("缴费证明"), r.reply());
        r = ask("p8", "杜集 俺去哪登记参保啊 在俺庄上能办不");
        assertTrue(r.reply().contains("村（居）"), r.reply());
    }

    @Test
    void conversationsOfTheSixtySixthSet() {
        // "俺娘是低保", "俺爹是特困供养", then "他俩加起来": the two told about
        ask("n1", "杜集的 俺娘是低保");
        ask("n1", "俺爹是特困供养");
        ChatReply r = ask("n1", "他俩加起来自己要掏多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳30元"), r.reply());
        // "我想给我爸妈都买二档" then "两个人一共多少": the speaker buys, the two are in the tier chosen
        ask("n2", "南城街道 我想给我爸妈都买二档");
        r = ask("n2", "两个人一共多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳1310元"), r.reply());
        // "我女儿在重庆读大学" then "她的医保在哪交": the school collects
        ask("n3", "南城街道");
        ask("n3", "我女儿在重庆读大学");
        r = ask("n3", "她的医保在哪交");
        assertTrue(r.reply().contains("学校统一组织"), r.reply());
    }

    @Test
    void twoPartsAndOfficersQuestions() {
        // "交多少 几号截止": the price first, then the windows
        ChatReply r = ask("o1", "楚雄市的 医保交多少 几号截止");
        assertTrue(r.reply().contains("280") && r.reply().contains("2021年2月28日"), r.reply());
        // "头一回参保": a first-time enrollee, priced for the whole year
        r = ask("o2", "勐腊 头一回参保 2019年7月才办 就剩半年了 能只交一半吗");
        assertTrue(r.reply().contains("220") && r.reply().contains("按年度"), r.reply());
        // how often: the sentence that says 每周 / 每月
        r = ask("o3", "随县 村委会多久把核查好的缴费人员表交给医保经办");
        assertTrue(r.reply().contains("每周"), r.reply());
        r = ask("o4", "学校老师问下 楚雄在校学生参保进度多久统计一回");
        assertTrue(r.reply().contains("每月"), r.reply());
        // the place asked about, not the province of the workplace
        r = ask("o5", "我在广东东莞上班 能在东莞交居民医保不 一年多少");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
    }

    @Test
    void aFestivalFallsInTheSeasonOfTheConversationsArea() {
        ask("f1", "淮北杜集区的");
        // something told, nothing asked: kept, and the resident asked what they want to know (no "没太明白")
        ChatReply r = ask("f1", "我在上海打工");
        assertTrue(r.reply().startsWith("好的，记下了"), r.reply());
        // 腊月二十八 in 杜集's 2020 season is 2021-02-09: inside the returning workers' extension
        r = ask("f1", "过年腊月二十八才回去 那会交医保还赶趟不");
        assertTrue(r.reply().contains("2021年2月9日") && r.reply().contains("2021年2月28日"), r.reply());
    }

    @Test
    void childrenToldTwiceOrBySchool() {
        // "家里两个姑娘…两口子加两个女儿": the same daughters; the speaker is one of the couple
        ChatReply r = ask("k1", "勐腊农村 家里两个姑娘 我做了结扎 我们两口子加两个女儿医保一共要交多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳520元"), r.reply());
        // "一个初中一个幼儿园的": two children named by their schools
        r = ask("k2", "南城街道 我们两口子加一个初中一个幼儿园的 全家一档一共多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1120元"), r.reply());
        // "两个娃 一个读小学一个上幼儿园": the schools say which the two are, nobody more
        r = ask("k3", "我们两口子加两个娃 一个读小学一个上幼儿园 都是普通居民 楚雄市2021年医保全家一共要交好多钱");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1120元"), r.reply());
        // a child's payment window is no newborn question
        r = ask("k4", "楚雄市2021年的居民医保 给娃交从啥时候开始到啥时候截止");
        assertEquals("DEADLINE", r.intent(), r.reply());
        // "11月给老娘交了": a month of payment
        r = ask("k5", "随县 我11月给老娘交了医保 啥时候开始能用");
        assertTrue(r.reply().contains("2021年1月1日") && !r.reply().contains("3个月"), r.reply());
    }

    @Test
    void refundsAndRecordsAndReceipts() {
        // a notice silent on refunds says so, with no clause made to answer
        ChatReply r = ask("r1", "杜集 我爸11月交了医保 12月人就走了 交的钱能退回来不");
        assertTrue(r.reply().contains("没有写已缴的医保费能不能退") && r.citations().isEmpty(), r.reply());
        // 楚雄 says: 不得要求返还
        r = ask("r2", "楚雄 交了医保能退吗");
        assertTrue(r.reply().contains("返还"), r.reply());
        // "系统里冇标出来…该找哪个": who marks the groups in the system
        r = ask("r3", "随县 我是低保户 系统里冇标出来 还让我交280 该找哪个");
        assertTrue(r.reply().contains("身份标识"), r.reply());
        r = ask("r4", "楚雄 在信用社那个机子上交医保 要不要留个单子啥的 怕以后说我没交");
        assertTrue(r.reply().contains("小票"), r.reply());
        r = ask("r5", "随县医保能不能分两回交 先交一半");
        assertTrue(r.reply().contains("一次性"), r.reply());
        for (String q : List.of("楚雄 我女儿二级残疾 残疾人两项补贴一个月多少钱", "学校让交学平险 这个跟居民医保一样吗 要交多少",
                "俺在单位交的职工医保 孩子能挂在俺的职工医保上不")) {
            assertEquals("OUT_OF_SCOPE", ask("r6", q).intent(), q);
        }
    }

    @Test
    void householdsWithPeopleLeftOut() {
        // "屋头6口人 … 我爸…交职工医保 … 除了我爸 其他人一共": five priced
        ChatReply r = ask("h1", "楚雄乡下的 屋头6口人 爷爷72低保户 奶奶70岁一级残疾 我爸在县城单位上班交职工医保 我妈在家种地 我在昆明读大学户口还在家跟家里一起交 妹妹读初中 除了我爸 其他人居民医保一共要交好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1160元"), r.reply());
        // "我哥在监狱里 不算他"
        r = ask("h2", "楚雄 我哥在监狱里 不算他 我爸是特困供养 我妈低保 加上我和我老婆 一家人医保自己要掏多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳720元"), r.reply());
        // "不算他两个 … 奶奶(二级重度残疾) 我跟媳妇": the two before, and a bracket closing a phrase
        r = ask("h3", "南川南城 屋头6个人 老汉在厂里上班买的职工医保 老二在部队当兵 不算他两个 剩下我妈 奶奶(二级重度残疾) 我跟媳妇 我妈买一档 我两口子买二档 一共好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1590元"), r.reply());
        // "剩下4个人一共": those asked about; "剩下3个普通" only says who they are
        r = ask("h4", "杜集 俺家建档立卡户6口人 大孙子在合肥上大学 学校那边交过了 儿媳妇在超市上班交职工医保 剩下4个人一共自己掏多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳120元"), r.reply());
        // "除了我爸是低保，其他都是普通的" leaves nobody out
        r = ask("h5", "老表问下，楚雄市这边，我们家5口人，除了我爸是低保，其他都是普通的，一年医保要交几多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1280元"), r.reply());
        // a household told, one person's price asked
        r = ask("h6", "我妈二级肢体残疾 楚雄的 家里六口人就她一个能少交点吧 她交多少");
        assertTrue(r.reply().contains("160"), r.reply());
        // a household's cover asked, no price
        r = ask("h7", "随县 我屋5口人去年11月交的医保 从么时候到么时候能报销");
        assertEquals("BENEFIT_START", r.intent(), r.reply());
        assertTrue(r.reply().contains("2021年1月1日"), r.reply());
    }

    @Test
    void householdFollowUpsChangeOnePerson() {
        // "等下 奶奶除了一级残疾还是特困供养的 那总数变成多少": the same five, grandma now 特困
        ask("u1", "楚雄乡下的 屋头6口人 爷爷72低保户 奶奶70岁一级残疾 我爸在县城单位上班交职工医保 我妈在家种地 我在昆明读大学户口还在家跟家里一起交 妹妹读初中 除了我爸 其他人居民医保一共要交好多");
        ChatReply r = ask("u1", "等下 奶奶除了一级残疾还是特困供养的 那总数变成多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1000元"), r.reply());
        // "俺爸其实…交的职工医保 那居民医保一共多少": he leaves the household
        ask("u2", "杜集区的 俺家6口 爷爷特困供养 奶奶低保 爸妈 我 妹妹上初中 医保一共交多少");
        r = ask("u2", "俺爸其实在矿上上班 交的职工医保 那居民医保一共多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳870元"), r.reply());
        // "那买二档的话 一个人自己掏好多": one person of the household's group, in the other tier
        ask("u3", "南川南城 我们屋是建档立卡户 四个人 都买一档 自己要出好多");
        r = ask("u3", "那买二档的话 一个人自己掏好多");
        assertTrue(r.reply().contains("个人缴纳455元"), r.reply());
    }

    @Test
    void whoseChildAndWhoIsNotCounted() {
        // "老公在部队当兵不算", "老公哥哥留下的孤儿侄女" (one orphan, whose she is said before 的)
        ChatReply r = ask("w1", "随县 我屋7口人 公公是丧失劳动能力的残疾人 婆婆是严重精神障碍患者 老公在部队当兵不算 我 大女儿读高中 小儿子3岁 还有老公哥哥留下的孤儿侄女 一共交好多");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳840元") && r.reply().contains("孤儿1人"), r.reply());
        // a refund the notice is silent on stays unanswered, whatever fact shares a word with the question
        r = ask("w2", "随县 村里帮我交了医保 我自己手机上又交了一遍 多的那份么样退 好久到账");
        assertTrue(r.reply().contains("能不能退") && r.citations().isEmpty(), r.reply());
    }

    @Test
    void theOthersCounted() {
        // "屋头其他4个普通的买一档": the one named and four others, their tier chosen
        ChatReply r = ask("x1", "南城 我爷爷是在乡老复员军人 想买二档 要自己出钱不 屋头其他4个普通的买一档 一共好多");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳1120元"), r.reply());
        r = ask("x2", "楚雄 我爸是低保 家里其他3个普通的 一共多少");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1000元"), r.reply());
    }

    @Test
    void theFamilyIsWhoNotWhatIsAsked() {
        // a household told, papers and offices asked: no price
        ChatReply r = ask("y1", "随县的 我们一家5口以前从来没参加过居民医保 第一次要带啥子去哪里办");
        assertEquals("DOCUMENTS", r.intent(), r.reply());
        r = ask("y2", "楚雄市的 我家爸妈 我两口子 两个娃 6个人今年的居民医保最迟哪天要交完 过了还能补不");
        assertTrue(r.reply().contains("2021年2月28日") && !r.reply().contains("全家"), r.reply());
        // "两个娃 … 能等过年回去再交吗": the family's deadline, no newborn
        r = ask("y3", "杜集的 我两口子在上海打工 过年才回来 家里还有爸妈和两个娃 6个人的医保能等过年回去再交吗");
        assertTrue(r.reply().contains("2021年2月28日"), r.reply());
        // the payer's own place is not the area asked about
        ask("y4", "楚雄的");
        r = ask("y4", "那我在昆明用手机帮他们交 下啥子app");
        assertEquals("CHANNEL", r.intent(), r.reply());
        ask("y5", "随县 我想在手机上交");
        r = ask("y5", "能用啥app");
        assertTrue(r.reply().contains("湖北税务"), r.reply());
        r = ask("y6", "勐腊乡下的 我想就给我自己一个人交 家里老人不交 可以不");
        assertTrue(r.reply().contains("以家庭为单位"), r.reply());
        r = ask("y7", "我是寺庙里的师父 在楚雄 能参加城乡居民医保吗");
        assertTrue(r.reply().contains("宗教教职人员"), r.reply());
    }

    @Test
    void membersCoveredElsewhereLeaveTheCount() {
        // the speaker in the employee scheme, beside the household's size
        ChatReply r = ask("z5", "杜集区的 家里6口 爷爷特困供养 奶奶低保 爸妈是建档立卡贫困户 我在煤矿上班交职工医保 我闺女上小学 今年要交多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳370元"), r.reply());
        // a soldier and a father in the employee scheme out of "大家庭8个人"
        r = ask("z6", "杜集区 我们大家庭8个人 太奶奶特困供养 爷爷奶奶低保 大伯在部队当兵 我爸在电厂有职工医保 我妈 我 弟弟都普通 要交多少");
        assertTrue(r.reply().contains("全家6人，个人合计缴纳900元"), r.reply());
        // a student the school has paid for, and "爸交职工医保"
        r = ask("z7", "杜集区 家里7口 爷爷奶奶都是低保 爸交职工医保 妈是建档立卡 我在合肥上大学在学校交了 弟弟妹妹上初中 剩下几个人交多少");
        assertTrue(r.reply().contains("全家5人，个人合计缴纳650元"), r.reply());
        // "她们三个要交多少": those asked about, whatever the household's size
        r = ask("z8", "随县的 一家5口 我在部队当兵 我爸在县医院上班有职工医保 剩下我妈 奶奶 妹妹在武汉读大学 奶奶是低保 她们三个要交多少");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳560元"), r.reply());
    }

    @Test
    void eachMembersTierAndLatePaymentsOfAHousehold() {
        // a tier chosen in the clause that names a member's group is that member's
        ChatReply r = ask("t1", "南川南城的，我家4口，我爸是低保对象想给他交二档，我妈是建档立卡贫困户也交二档，我和我老公交一档，4月份交，自己一共要掏好多");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1390元"), r.reply());
        // a household paying in August has no total: why (the fiscal share, the subsidy's end), not only "未写明"
        r = ask("t2", "南川南城街道 我婆婆是低保户 全家4个人 我们打算8月份再去交一档 婆婆那个还能不能资助");
        assertTrue(r.reply().contains("自行承担财政补助部分") && r.reply().contains("2021年6月30日") && !AMOUNT_TOTAL.matcher(r.reply()).find(), r.reply());
    }

    private static final java.util.regex.Pattern AMOUNT_TOTAL = java.util.regex.Pattern.compile("合计缴纳\\d");

    @Test
    void householdsCountedWithTheirWords() {
        // "太爷爷太奶奶" are two; "4个都是" counts the relatives before it; "家里5个" is the household's size
        ChatReply r = ask("h81", "楚雄 我们家8个人 太爷爷太奶奶是特困供养的 爷爷奶奶低保 爸妈普通 我跟我妹读高中 算下来一共交多少");
        assertTrue(r.reply().contains("个人合计缴纳1440元"), r.reply());
        r = ask("h82", "楚雄 舅舅舅妈还有两个表弟4个都是建档立卡的 外婆是特困供养 这5个人的医保自己一共要拿多少");
        assertTrue(r.reply().contains("个人合计缴纳400元"), r.reply());
        r = ask("h83", "勐腊镇上的，家里5个，奶奶70多了是低收入家庭的贫困老人，我爸一级残疾干不了活，我妈是低保，我和我弟啥都不是，一共交好多");
        assertTrue(r.reply().contains("全家5人"), r.reply());
        // "我爸妈和我弟是…一般贫困户": three, the parents named before 和
        r = ask("h84", "我爸妈和我弟是随县的一般贫困户，三个人2021年医保自己交多少");
        assertTrue(r.reply().contains("个人合计缴纳420元"), r.reply());
        // "屋里3个人都是" is still the household
        r = ask("h85", "随县 我屋里3个人都是一般贫困户 一共几多");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳420元"), r.reply());
    }

    @Test
    void aFigureStatedTwiceIsCitedTwice() {
        // 随县 states the 一般贫困户's 140 in 二、 and again, with the personal 140, in 七、
        ChatReply r = ask("s81", "随县 俺家是一般贫困户，医保自己要交好多");
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("七、")) && r.reply().contains("140元"), r.reply());
        // … not when another group's full subsidy is the one applied
        r = ask("s82", "随县有个人既是一般贫困户又是丧失劳动能力的残疾人，医保自己要交好多");
        assertTrue(r.citations().stream().noneMatch(c -> c.clause().equals("七、")) && r.reply().contains("0元"), r.reply());
    }

    @Test
    void readingFixesOfTheEightyFirstRound() {
        // "哪一天" is a word, not 哪1天
        ChatReply r = ask("r81", "南城街道 今年集中参保是哪一天");
        assertTrue(r.reply().contains("2020年12月20日"), r.reply());
        // missed the central day, asking what is left: the later window too
        r = ask("r82", "南城 集中参保那阵没交上，后头还可以参保不，最迟到好久");
        assertTrue(r.reply().contains("2021年9月30日"), r.reply());
        // a way to pay named: a channel question, not whether one may join
        ask("r83", "我们是重庆南川区南城街道的");
        r = ask("r83", "那这边交医保可不可以用微信");
        assertEquals("CHANNEL", r.intent(), r.reply());
        // who certifies a group is in the notice, even said with 申请低保
        r = ask("r84", "我大姨想申请低保好享受医保资助，杜集这边低保是哪个部门认定的");
        assertTrue(r.reply().contains("民政"), r.reply());
        // who collects the money
        r = ask("r85", "杜集 医保费谁征收");
        assertTrue(r.reply().contains("税务"), r.reply());
        // the village named before is "我们村"
        ask("r86", "我是南城街道金佛村的");
        r = ask("r86", "我们村今年参保任务是好多人");
        assertTrue(r.reply().contains("6073"), r.reply());
        // saying where one is from is not "没太明白"
        r = ask("r87", "俺家住淮北杜集区");
        assertEquals("GREETING", r.intent(), r.reply());
        // a clause line is not repeated when the second part said nothing new
        r = ask("r88", "户口不在杜集 住这边 去哪登记参保");
        assertFalse(r.reply().matches(".*(（依据通知[^）]*）)\\1.*"), r.reply());
    }

    @Test
    void householdsOfTheEightyFifthRound() {
        // "我个叔叔" is one person; "一大家子8口人" less the brother in the employee scheme
        ChatReply r = ask("k1", "我哥嫂前两年出事走了，留下个侄女现在12岁，民政那边认定是孤儿了，跟着我们过。还有我个叔叔是特困供养的五保户，也住我家。再加上我、我媳妇和我儿子（10岁），一共5口人，楚雄市的，2021年医保我们要自己掏多少钱？");
        assertTrue(r.reply().contains("个人合计缴纳840元"), r.reply());
        r = ask("k2", "帮我算哈嘛，楚雄市紫溪那边，我们一大家子8口人：爷爷奶奶，我爹我妈，大哥在市里物业公司上班有职工医保，大嫂在家，侄儿3岁，还有我在上海打工但户口在家里。居民医保该交的都交了，一共好多钱？");
        assertTrue(r.reply().contains("全家7人，个人合计缴纳1960元"), r.reply());
        // "同时也吃低保" is the uncle's second group, not the household's
        r = ask("k3", "楚雄的。外婆吃低保；舅舅是一级重度残疾，同时也吃低保；舅妈和表弟（读小学）就是普通人。他们4个今年居民医保自己出多少？");
        assertTrue(r.reply().contains("个人合计缴纳880元"), r.reply());
        // a bracket after a relative says what the relative is; a count that opens a list is the household's
        r = ask("k4", "杜集的大家庭，8口人：爷爷、奶奶（低保）、俺爸、俺妈、俺大哥（在国企上班有职工医保不用算）、大嫂、小侄女、还有俺。俺家居民医保一共要交多少？");
        assertTrue(r.reply().contains("全家7人，个人合计缴纳1710元"), r.reply());
        r = ask("k5", "随县的大家庭，8个人：太婆是特困供养的，爷爷奶奶，爸妈，我在武汉读大学，我弟在广东打工，我妹上幼儿园。2021年的医保一共要交几多？");
        assertTrue(r.reply().contains("个人合计缴纳1960元"), r.reply());
        // "、丧失劳动能力那种" is the grandfather's group
        r = ask("k6", "随县 我们是一般贫困户，爷爷是残疾人、丧失劳动能力那种，奶奶、我爸、我妈也都在户里。这4个人的医保自己出几多？");
        assertTrue(r.reply().contains("个人合计缴纳420元"), r.reply());
        // "两个娃（大的在武汉读大学）": one of the two
        r = ask("k7", "随县的，我、老婆、两个娃（大的在武汉读大学），11月一起交医保，一共好多钱？");
        assertTrue(r.reply().contains("全家4人，个人合计缴纳1120元"), r.reply());
        // children of a household told are no newborns
        r = ask("k8", "我们楚雄家里6口人，爸妈、我两口子、两个娃，都还没交2021年的医保，最晚拖到哪天必须交掉？");
        assertTrue(r.reply().contains("2021年2月28日"), r.reply());
    }

    @Test
    void daysAndCasesOfTheEightyEighthRound() {
        // the day after a stated last day, said without its month
        ChatReply r = ask("d1", "勐腊的，缴费期12月20号截止，我21号才去，晚一天还能交不，交了啥时候能用");
        assertTrue(r.reply().contains("2018年12月21日") && r.reply().contains("2019年2月28日"), r.reply());
        // a day on which the money was paid is not the birth
        r = ask("d2", "勐腊，娃娃出生100多天了才去办参保，2019年5月20号交的钱，从哪天开始享受医保？");
        assertTrue(r.reply().contains("2019年6月1日") && !r.reply().contains("5月20日出生") && !r.reply().contains("参保率"), r.reply());
        // "还是180吧" asks the price
        r = ask("d3", "勐腊去年医保交的180，今年还是180吧");
        assertTrue(r.reply().contains("220元"), r.reply());
        // insured back home: not here too
        r = ask("d4", "老家河南那边今年已经交过居民医保了，俺在杜集有居住证，还能在杜集再交一份不");
        assertTrue(r.reply().contains("不能参加") && r.reply().contains("原籍"), r.reply());
        // a month a group was granted is no payment day; the list date answers
        r = ask("d5", "勐腊 我家是11月份才评上低保的 医保那个低保资助还能享受不");
        assertTrue(r.reply().contains("2018年10月"), r.reply());
        // 二挡 is 二档
        r = ask("d6", "南城 低保户想参二挡，自己要补好多");
        assertTrue(r.reply().contains("375元"), r.reply());
        // the window is named as the notice names it ("9月至12月底"), with its days
        r = ask("d8", "杜集的，今天12月28号，医保还能交不？");
        assertTrue(r.reply().contains("9月至12月底") && r.reply().contains("2020年12月31日"), r.reply());
        // "多久报一次": the sentence saying how often, though it shares no word with the question
        r = ask("d9", "随县 村里多久报一次表");
        assertTrue(r.reply().contains("每周"), r.reply());
        // looking after a child is not a child asked about
        r = ask("d7", "我媳妇是老挝的 拿到了外国人永久居留证 在勐腊家里带娃没上班 她能参加城乡居民医保吗");
        assertEquals("ELIGIBILITY", r.intent(), r.reply());
    }

    @Test
    void readingFixesOfTheNinetiethRound() {
        // "莫得哪样低保", "冇得么低保贫困户": none of the groups
        ChatReply r = ask("n1", "楚雄 家头爷爷奶奶爹妈加我一共5个人 都是普通农民莫得哪样低保 医保全部交齐要好多钱");
        assertTrue(r.reply().contains("个人合计缴纳1400元"), r.reply());
        // the speaker in the employee scheme is not priced; "我跟公公婆婆交一档" are three
        r = ask("n2", "淮北杜集区，我在矿上上班交的职工医保，老婆和两个孩子（都上小学）交居民医保，总共多少钱");
        assertTrue(r.reply().contains("全家3人，个人合计缴纳840元"), r.reply());
        r = ask("n3", "南城街道，我老公上班有职工医保，我跟公公婆婆交一档，要好多钱");
        assertTrue(r.reply().contains("个人合计缴纳840元"), r.reply());
        // a group said after a relative's age is that relative's, and so is the next one said without a subject
        r = ask("n4", "勐腊 爷爷70岁，一级重度残疾，丧失劳动能力了，奶奶是低收入家庭60岁以上的贫困老人，爸妈普通，我在读初中，我们家5个人医保自己要交多少");
        assertTrue(r.reply().contains("个人合计缴纳860元"), r.reply());
        // … but not a clause with a subject of its own, nor the household of a relative's family
        r = ask("n5", "帮我们组上一户问的 楚雄的 老倌是低保 老奶是特困供养 儿子儿媳普通的 一家四口医保一共自己掏好多");
        assertTrue(r.reply().contains("个人合计缴纳720元"), r.reply());
        r = ask("n6", "楚雄的，我大伯家4口人，又是建档立卡户又吃低保，两个资助能叠加不？一家人自己总共要交多少");
        assertTrue(r.reply().contains("个人合计缴纳400元"), r.reply());
        // "医保到哪里交" is where, not how long cover lasts
        r = ask("n7", "杜集的医保到哪里交，是村里统一收吗");
        assertEquals("CHANNEL", r.intent(), r.reply());
        // a month of birth said alone states no day
        r = ask("n8", "随县 伢10月份生的，办了医保以后从么时候开始能报");
        assertTrue(r.reply().contains("出生之日起") && !r.reply().contains("10月1日"), r.reply());
        // 克哪点 is 去哪里
        r = ask("n9", "楚雄 娃娃户口上好了 医保要克哪点办登记 又克哪点交钱");
        assertTrue(r.reply().contains("医保局"), r.reply());
    }

    @Test
    void readingFixesOfTheNinetySixthRound() {
        // a day named as the one missed ("12月20号集中参保那阵没交") is no payment day
        ChatReply r = ask("q1", "南川南城的，12月20号集中参保那阵没交，现在还能中途参保不？最晚到啥时候");
        assertTrue(r.reply().contains("2021年9月30日"), r.reply());
        // "我俩参二档": two in the higher tier
        r = ask("q2", "我和老婆在外打工，户口在南城，5月份交，我俩参二档，娃娃参一档，一共好多钱");
        assertTrue(r.reply().contains("个人合计缴纳1590元"), r.reply());
        // products and hospital settlement the notices do not cover are declined
        r = ask("q3", "南城街道能不能跟居民医保一起买渝快保，一年好多钱");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        r = ask("q4", "勐腊县的特困户住院要先垫钱不，一站式结算咋弄");
        assertEquals("OUT_OF_SCOPE", r.intent(), r.reply());
        // paying in person asked: those channels first
        r = ask("q5", "我爷爷不会用手机，随县线下能去哪交医保");
        assertTrue(r.reply().indexOf("税务大厅") >= 0 && r.reply().indexOf("税务大厅") < r.reply().indexOf("APP"), r.reply());
        // how to pay online from elsewhere is a channel question
        r = ask("q6", "人在外省，咋个在手机上给勐腊老家的爹妈交医保");
        assertEquals("CHANNEL", r.intent(), r.reply());
        // paying for only some of a rural family: 勐腊 joins by household
        r = ask("q7", "我们是勐腊农村的，我常年在外面打工，可不可以只交我爸妈的，我自己的先不交");
        assertTrue(r.reply().contains("以家庭为单位"), r.reply());
    }

    @Test
    void readingFixesOfTheNinetyEighthRound() {
        // 俺 in the employee scheme leaves the household said; "孩子（上小学）" is the child
        ChatReply r = ask("p1", "杜集的，俺家3口人，俺在厂里交职工医保，媳妇和孩子（上小学）交居民医保，一共得交多少");
        assertTrue(r.reply().contains("全家2人，个人合计缴纳560元"), r.reply());
        // "我奶奶同时还是低保对象": the grandmother's second group, not the household's
        r = ask("p2", "随县，我们家是一般贫困户，4口人，我奶奶同时还是低保对象，一家人医保自己要交好多钱");
        assertTrue(r.reply().contains("个人合计缴纳420元"), r.reply());
        // a household paying after the new year asks the windows too
        r = ask("p3", "俺是淮北杜集户口，在上海打工，过年才回去。家里5口人往年都交的居民医保，今年一共多少钱？俺过完年回去交还赶趟不");
        assertTrue(r.reply().contains("1400元") && r.reply().contains("2021年2月28日"), r.reply());
        // "集中交的时候我没交": what is left after the central period
        ask("p4", "南川南城街道的");
        r = ask("p4", "集中交的时候我没交，现在最晚啥子时候还能交");
        assertTrue(r.reply().contains("2021年9月30日"), r.reply());
    }

    @Test
    void readingFixesOfTheHundredthRound() {
        // a baby's age said, cover asked: the newborn rules answer (late: from the month after paying)
        ChatReply r = ask("w1", "楚雄 孩子都4个多月了才去给他办医保，从哪天起能报销");
        assertTrue(r.reply().contains("次月"), r.reply());
        // … not a month of the calendar ("12月底前交了")
        r = ask("w2", "随县 孩子的医保在12月底前交了 管到什么时候");
        assertTrue(r.reply().contains("2021年1月1日"), r.reply());
        // newly recognised poor households: cover from the month after the data arrive
        r = ask("w3", "勐腊 我家今年刚被评上建档立卡户，医保待遇从什么时候开始算");
        assertTrue(r.citations().stream().anyMatch(c -> c.clause().equals("四、(三)")), r.reply());
        // 时侯 is 时候
        r = ask("w4", "我是勐腊头一回参保的大人，交了钱以后从啥时侯开始能用医保");
        assertTrue(r.reply().contains("次月"), r.reply());
    }
}
