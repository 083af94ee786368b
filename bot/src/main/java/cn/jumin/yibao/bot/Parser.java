package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Identity;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a resident's message: fixes common typos, finds the area, year, groups, tier, dates, household and the
 * intent. Pure: the same message always gives the same understanding.
 */
public final class Parser {
    private static final Pattern FULL_DATE = Pattern.compile("(20\\d\\d)年(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern LAST_DAY_NAMED = Pattern.compile("(就)?(截止|截至|结束|为止|最后1天|关门)");
    private static final Pattern DAY_OF_THAT_MONTH = Pattern.compile("(?<![月\\d])(\\d{1,2})[号日](?=才|去|交|缴|办|再|的时候|那天)");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]");
    /** Words before a date that state a window's last day rather than the day someone pays. */
    private static final Pattern LAST_DAY_IS = Pattern.compile("(最后[1一]天|截止日期?|截止时间|截至|截止到?)(是|为)?$");
    /** "8月底能交了没", "2月底才去交": the end of a month as the day someone pays (not "补到2月底", a window's end). */
    private static final Pattern MONTH_END = Pattern.compile("(?:(20\\d\\d)年)?(?<![\\d])(\\d{1,2})月(?:底|末)(?=能|才|去|交|缴|办|还|的时候)");
    private static final Pattern YEAR_MONTH_PAID = Pattern.compile("(20\\d\\d)年(\\d{1,2})月份?(?=第一次|首次|头一回|才|参保|缴费|交|缴|办|去|补)");
    // not "11月份才评上低保": the month a group was granted, not a payment
    private static final Pattern MONTH_ONLY = Pattern.compile("(?<!\\d年)(?<!\\d)(\\d{1,2})月份?(?!份?(?:才|刚|就)?(?:评上|评为|评的|认定|批下来|批的|办下来))(?=以后|之后|后|才|交|缴|去|补|再|的时候|份|了(?!解)|给|帮|替)(?!后享受)");
    // … and after a count before another number ("家里4口 2个是贫困户": two phrases, not "4口2个")
    private static final Pattern SPACE_BETWEEN_WORDS = Pattern.compile("(?<=[^\\x00-\\x7F])\\s+(?=[^\\x00-\\x7F])|(?<=\\d[口人个位名])\\s+(?=\\d)"
            + "|(?<=\\))\\s+(?=[^\\x00-\\x7F])" // "奶奶(二级重度残疾) 我跟媳妇": a bracket closes a phrase too
            // "两个娃也是建档立卡 6个人医保一共好多钱": the household's count asked about starts a phrase
            + "|(?<=\\p{IsHan})\\s+(?=\\d{1,2}\\s*(?:个人|口人|口)(?:的)?(?:医保|一共|总共|全家|加起来|交|缴))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // "我帮家里几个人一起交：我大伯是特困"; 还有 and 另外 as words (a class of their characters parted 外公 and 参加)
    private static final Pattern CLAUSE_BREAK = Pattern.compile("还有|另外|[，,。；;：:、！!？?和跟及还加]");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d])(\\d\\d)年(?!\\d{1,2}月|\\d)");
    private static final Pattern GROWN_CHILD = Pattern.compile("\\d+岁|满18|成年");
    /** "1950年出生", "孩子1998年出生": born long before any notice's year, so no newborn. */
    private static final Pattern BORN_YEAR = Pattern.compile("(20\\d\\d)年(\\d{1,2}月)?(\\d{1,2}[日号])?(出生|生)");
    private static final Pattern BORN_LONG_AGO = Pattern.compile("(19\\d\\d|200\\d|201[0-6])年(\\d{1,2}月)?(\\d{1,2}[日号])?(出生|生)");
    private static final Pattern AREA_CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(20\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CALENDAR_TIME = Pattern.compile("春节|过年|年初|年底|年前|年后|初|底|上半年|下半年|\\d{1,2}月份|" + Festivals.ANY.pattern());
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d\\d)\\s*年?\\s*[-—–~至到]\\s*(20\\d\\d)\\s*年?\\s*学年");
    private static final Pattern FESTIVAL_YEAR = Pattern.compile("(20\\d\\d|(?<!\\d)\\d\\d)年(?=" + Festivals.ANY.pattern() + ")");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.])(20[12]\\d)(?![\\d.年元块月号日个人岁%])");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年(?!\\d{1,2}月)|(20\\d\\d)年度|(?<!\\d)(\\d\\d)年度");
    private static final Pattern PEOPLE = Pattern.compile("(\\d+)\\s*(口人|口(?!子)|个人|人|个(?=都|全|一共|总共|加起来))(?!员)");
    private static final Pattern BABY_MONTHS = Pattern.compile("(\\d+)\\s*(个)?多?月(?![\\d份])"); // not "4月15号", "4月份"
    private static final Pattern BABY_DAYS = Pattern.compile("(\\d+)\\s*[多来]?天"); // "一百来天"
    private static final Pattern HIGHER_TIER = Pattern.compile("(好点|好一点|好些|高点|高一点|贵点|贵一点|贵的|高的|好的)(的)?(那)?(1|一)?档|高档");
    private static final Pattern LOWER_TIER = Pattern.compile("(便宜|低点|低一点|少点|少一点|低的|便宜的)(的)?(那)?(1|一)?档|低档");
    /** A count of people: "2个", "3位"; not "2个补助", "两个档次" (things counted). */
    private static final Pattern ORDINARY_COUNT = Pattern.compile("(\\d+)个(?:人)?都(?:是)?(?:普通|正常|一般|没有|不是|没)");
    private static final Pattern WE_COUNTED = Pattern.compile("(?:我们|咱们|俺们|他们|她们|我家|俺家)(\\d+)个(?!月|多月|孩子|娃|伢|小孩|姑娘|儿子|女儿|闺女|老人)");
    private static final Pattern COUNT = Pattern.compile("(\\d+)\\s*(个|位|口|名)(?!补|资助|档|月|多月|星期|小时|问题|地方|部门|银行|渠道|证|本|卡|政策|条件|项|种|类|方面|办法|时间)");
    private static final Pattern CHILDREN = Pattern.compile("(\\d+)个(?:\\d{1,2}岁的?|[^，,。；;？?！!个\\d]{1,4}的)?(姑娘|女儿|儿子|闺女|娃|伢|孩子|小孩|(?:读|上|在读)?(?:幼儿园|小学|初中|高中|中专|技校|职高)(?:的|生)?)"); // "2个上学的孩子", "1个初中1个幼儿园的"
    /** The household counted as a whole ("4个人", "一家5口"), as opposed to "两口子". */
    private static final Pattern PEOPLE_TOTAL = Pattern.compile("\\d+\\s*(口人|个人|人)|\\d+口(?!子)");
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile("(?<!\\d)(\\d\\d)年(\\d{1,2})月(\\d{1,2})[日号]");
    /** "我和老婆…就交了…居民医保", "我们两口子都交了": both parents of the baby in the resident scheme. */
    private static final Pattern COUPLE_PAID = Pattern.compile("(我和|我跟|俺和|俺跟)(老婆|老公|媳妇|爱人|丈夫|妻子)[^，,。；;？?]{0,14}(交了|缴了|参保了|参加了|买了|都交|都缴|都参加|都参了|都买)[^，,。；;？?职]{0,8}(居民医保|医保)"); // not 职工医保

    /** "没得职工医保", "没有参加职工医保", "不是职工": not in the employee scheme. */
    private static final Pattern NO_EMPLOYEE_SCHEME = Pattern.compile("(没有|没得|莫得|冇得|没|无|未|不是)(参加|参|交|缴|买|上|办)?(过)?(的)?职工"
            + "|(交不了|交不起|买不了|买不起|上不了|办不了|没法交|参加不了)职工" // "厂里交不了职工医保"
            + "|(没|没有|不)给(我|他|她|我们|他们)?(交|买|上|办)(的)?职工"); // "单位没给我交职工医保"
    /** "没得永久居留证", "莫得绿卡": said to lack it. */
    private static final Pattern NO_PERMANENT = Pattern.compile("(没有|没得|莫得|冇得|没|无|未)[^，,。]{0,3}(永久居留|绿卡)");
    /** Children counted in a household ("2个娃", "3个姑娘"). */
    private static final Pattern COUNTED_KIN = Pattern.compile("(\\d+)个(?:\\d{1,2}岁的?|[^，,。；;？?！!个\\d]{1,4}的)?(娃|伢|崽|孩子|小孩|姑娘|女儿|儿子|闺女|外孙女?|孙子|孙女|老人|老的)");
    private static final Pattern BORN_COUNT = Pattern.compile("生(了|育了?|的)\\d+个(?!多?月)");
    /** "在上海打工": where the resident works, not the area asked about. */
    private static final Pattern WORKS_IN = Pattern.compile("在(\\p{IsHan}{2,4}?)(打工|上班|工作|务工|做事|做活路|读大学|上大学|读书|上学|念书|读研|用手机|帮家里|帮他们|帮她|帮他|帮爸|帮妈|给家里|替家里)");
    private static final Pattern NEGATED = Pattern.compile("(也|又|还)?(?<!是)(不是|不属于|不算)(刚|在读的?)?[^，,。；;也又还、或和及]{1,4}([、或和及][^，,。；;也又还、或和及]{1,6})*"
            // "一直在家没出去打工": not a returning migrant worker
            + "|(没|没有|没去|不)(出去|外出|在外面?|去外地)?(打工|务工)"
            // "一位客户（非新生儿）": not a newborn
            + "|非(新生儿|在校生|学生|大学生|低保|特困)"
            // "不吃低保", "没在低保名单上", "不在边境村", "媳妇不在名单上": not in that group
            + "|(不吃|没吃|不在|没在|没有在|没进|没评上|没有评上)[^，,。；;]{0,6}?(低保|特困|五保|建档立卡|建卡|贫困户?|边境[^，,。；;]{0,3}|名单)(名单)?[上里内]?"
            // "莫得哪样低保", "冇得么低保贫困户", "没有啥特殊身份": none of the groups named after it
            + "|(没有|没得|莫得|冇得|没)(哪样|啥子|啥|么子|么|什么|任何)?(低保|特困|五保|建档立卡|建卡|贫困户?|残疾|特殊身份)([、或和及]?(低保|特困|五保|建档立卡|建卡|贫困户?|残疾))*(户|人员|对象)?");

    private final Lexicon lexicon;
    private final PolicyLibrary library;

    /** Group wordings without 的, longest first: the lexicon's, then the notices' own (two characters or more). */
    private final List<Map.Entry<String, SpecialGroup>> groupWords;

    public Parser(Lexicon lexicon, PolicyLibrary library) {
        this.lexicon = lexicon;
        this.library = library;
        List<Map.Entry<String, SpecialGroup>> words = new ArrayList<>();
        lexicon.groups.forEach((w, g) -> words.add(Map.entry(w.replace("的", ""), g)));
        library.groups().wordingIndex().forEach((w, g) -> {
            if (w.replace("的", "").length() >= 2) words.add(Map.entry(w.replace("的", ""), g));
        });
        this.groupWords = List.copyOf(words);
    }

    /** The message as the engine reads it: half-width digits, Chinese numerals as digits, typos fixed. */
    private static final Pattern HUKOU_AT = Pattern.compile("户口(?:还|都)?在([\\u4e00-\\u9fa5]{1,6}?(?:省|市|县|区|州|镇|乡))");
    private static final Pattern TWO_KIDS = Pattern.compile("俩(?=孩子|娃|伢|小孩|儿子|女儿|闺女|姑娘|老人|孙子|孙女)");
    /** "加上我们一家三口", "家里还有3口普通人": people besides those named with a group. */
    private static final Pattern MORE_PEOPLE = Pattern.compile("(?:还有|加上|另外|再加上?|外加|加)(?:我们|咱们|俺们)?(?:一家|家里)?(\\d+)(?:口|个)(?:人|普通人)?");
    private static final Pattern TWINS = Pattern.compile("双胞胎(孙子|孙女|外孙子?|外孙女|儿子|女儿|娃娃?|宝宝|孩子)?");
    private static final Pattern SAID_TWICE = Pattern.compile("(\\p{IsHan}{2})\\1+");

    /** The speaker paying for others: "我在外地帮他俩交", "俺替爸妈交". */
    private static final Pattern PAYER_ONLY = Pattern.compile("[我俺]([^，,。？?他她]{0,6})((?:帮|替|给)(?:他俩|她俩|他们|她们|他们俩|他两个|她两个|两个老人|俩老人|两老|二老)(?:一起)?(?:交|缴|买))");

    private static final Pattern COMING_HOME = Pattern.compile("从(外地|外面|外省|省外|外头)(打工)?(回来|回家|回村|回老家|返乡|赶回)");
    private static final Pattern NOW_MONTH = Pattern.compile("(?:现在|如今|眼下|已经|这都|都)(?:是)?(\\d{1,2})月份?(?![\\d底初中号日])");
    private static final Pattern BUYER = Pattern.compile("(?<!\\p{IsHan})[我俺](?:想|要|准备|打算)?(?=给|帮|替)");
    private static final Pattern ANY_MONTH = Pattern.compile("\\d{1,2}月(?!份?内)");
    private static final Pattern DISABILITY_KIND = Pattern.compile("([12一二]级)的?(?:肢体|视力|听力|言语|多重)残疾");
    private static final Pattern WHOSE = Pattern.compile("(.*?[^大小老])(?:留下|生)?的((?:孤儿)?(?:侄女|侄子|外甥女?|孙子|孙女|外孙女?|儿子|女儿|闺女|娃|孩子).*)");
    private static final Pattern OTHERS_COUNTED = Pattern.compile("(?:其他|其余|另外)的?(\\d{1,2})个(?:人|都是)?(?:普通|正常|一般|没有|不是|没|的|买|交|都)");
    private static final Pattern TIME_SAME = Pattern.compile("(截止时间|截止日期|时间|日期|期限|截止|时候|哪天)(是不是|是否)?(都)?一样");

    /** What follows a day the resident missed: "前没赶回来", "那阵在外头没回来，没交上". */
    private static final Pattern MISSED_BY = Pattern.compile("[号日]?[^，,。？?]{0,6}?(之前|以前|前|那阵|那时候?|那会儿?)[^，,。？?]{0,8}(没|未|错过)"
            + "|[号日]?[^，,。？?]{0,4}(没赶上|错过|没赶回|没来得及)|[号日]?过了");

    public String normalize(String message) {
        StringBuilder b = new StringBuilder();
        for (char c : cn.jumin.yibao.kb.Simplified.fold(message).toCharArray()) { // traditional characters too
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            if (c == '\u3000') c = ' ';
            b.append(Character.toLowerCase(c));
        }
        // A space between Chinese words is how residents separate clauses on a phone ("我爸低保 我妈残疾"): keep it as a comma.
        String s = SPACES.matcher(SPACE_BETWEEN_WORDS.matcher(b.toString().strip()).replaceAll("，")).replaceAll("");
        s = SAID_TWICE.matcher(s).replaceAll("$1"); // "一个娃娃娃娃才十岁": a word said twice by voice input
        s = ISO_DATE.matcher(s).replaceAll("$1年$2月$3日"); // "2021-03-10": one way to read every date
        // "双胞胎": two babies, unless the message counts them itself ("双胞胎孙子，两个娃")
        if (s.contains("双胞胎")) s = TWINS.matcher(s).replaceAll(s.matches(".*(两|2)个.*") ? "" : "两个娃");
        for (Map.Entry<String, String> t : lexicon.typos.entrySet()) s = s.replace(t.getKey(), t.getValue());
        // "俺家仨人": 仨 is 3 people; "俩孩子": two; "城乡重度(1-2级)残疾人员": the grade in brackets between the words of the group
        s = TWO_KIDS.matcher(s.replace("仨", "3个")).replaceAll("2个");
        s = DISABILITY_KIND.matcher(s).replaceAll("$1残疾"); // "二级肢体残疾": the grade is what the notices price
        s = GRADE_IN_BRACKETS.matcher(ChineseNumbers.digits(s)).replaceAll("");
        // "两个娃（大的在武汉读大学）": one of the two, not a third
        s = ONE_OF_THEM.matcher(s).replaceAll("$1，其中1个$3，");
        // "我奶奶同时还是低保对象": one statement about her (还 would part the clause from the person)
        s = s.replace("同时还是", "同时是").replace("同时也是", "同时是");
        // "奶奶（低保）", "大哥（有职工医保不用算）": what the bracket says is said of the relative before it
        return KIN_BRACKET.matcher(s).replaceAll("$1是$2，");
    }

    private static final Pattern ONE_OF_THEM = Pattern.compile("(\\d+个[^，,。；;（(]{0,6})[（(](大的|小的|老大|老二|老小|其中1个|1个)([^）)]{1,16})[）)]");
    private static final Pattern KIN_BRACKET = Pattern.compile("([爷奶爸妈哥姐弟妹嫂娃伢儿女孙侄婆公叔伯舅姨姑子])[（(]([^）)\\d]{1,16})[）)]");

    public Understanding parse(String message) { return parse(message, null); }

    /** The message read in a conversation about an area ({@code contextRegion}, or null): "腊月二十八" falls in its season. */
    public Understanding parse(String message, String contextRegion) {
        String s = normalize(message);
        String region = findRegion(s);
        // "在广东东莞上班，能在东莞交不": the place asked about, not the province of the workplace
        String placeNamed = lexicon.otherPlaces.stream().filter(s::contains).filter(pl -> !workplaceOnly(s, pl)).findFirst()
                .orElse(lexicon.otherPlaces.stream().filter(s::contains).findFirst().orElse(null));
        if (placeNamed == null) placeNamed = unknownDistrict(s); // "重庆渝北区": a district or county none of our areas
        String otherPlace = placeNamed;
        // "俺在上海打工，单位给交了职工医保，还用在家交这个不": the place of work is not the area asked about
        if (placeNamed != null && workplaceOnly(s, placeNamed)) {
            otherPlace = null;
            placeNamed = null;
        }
        if (region != null && otherPlace != null) {
            // "楚雄州双柏县": a place named after ours is a county inside the prefecture, not our area
            int gap = s.indexOf(otherPlace) - regionNameEnd(s);
            int start = regionNameStart(s);
            // "随州曾都区的交多少，跟随县一样吧": the other place is asked about, ours only compared with
            boolean compared = start > 0 && s.indexOf(otherPlace) < start && "跟和与同像比".indexOf(s.charAt(start - 1)) >= 0;
            if (gap >= 0 && gap <= 1 || compared) region = null;
            else otherPlace = null;
        }

        LocalDate date = null;
        MonthDay monthDay = null;
        Matcher m = FULL_DATE.matcher(s);
        if (m.find()) {
            date = date(m.group(1), m.group(2), m.group(3));
            // "最后一天是2018年12月20日，要是有人12月21日才来交": the day asked about is the one after the stated last day
            if (date != null && LAST_DAY_IS.matcher(s.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                Matcher later = MONTH_DAY.matcher(s);
                if (later.find(m.end())) {
                    LocalDate d = date(String.valueOf(date.getYear()), later.group(1), later.group(2));
                    if (d != null) date = d;
                }
            }
        }
        if (date == null && (m = ISO_DATE.matcher(s)).find()) date = date(m.group(1), m.group(2), m.group(3));
        if (date == null && (m = SHORT_YEAR_DATE.matcher(s)).find()) date = date("20" + m.group(1), m.group(2), m.group(3)); // "21年3月1号"
        if (date == null && !MONTH_DAY.matcher(s).find() && (m = MONTH_END.matcher(s)).find()) {
            // "2020年8月底能交了没": the last day of that month is the payment day asked about
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                if (m.group(1) != null) date = java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth();
                else monthDay = MonthDay.of(month, java.time.Month.of(month).minLength());
            }
        }
        if (date == null && monthDay == null && !MONTH_DAY.matcher(s).find() && (m = YEAR_MONTH_PAID.matcher(s)).find()) {
            // "2019年6月第一次参保": the first of that month, as for a month said alone
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) date = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
        }
        if (date == null && monthDay == null && !MONTH_DAY.matcher(s).find() && (m = MONTH_ONLY.matcher(s)).find()) {
            // "8月份才去交", "5月交的钱": the first of that month is the earliest such payment day
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) monthDay = MonthDay.of(month, 1);
        }
        if (date == null && monthDay == null && !MONTH_DAY.matcher(s).find() && (m = NOW_MONTH.matcher(s)).find()) {
            // "现在5月，还能交吗", "都4月份了": the month it is now, its first day the earliest payment
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) monthDay = MonthDay.of(month, 1);
        }
        if (date == null && monthDay == null && (m = MONTH_DAY.matcher(s)).find()) {
            try {
                monthDay = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                // "12月20号前没赶回来，还能补交吗": the day said was missed; the payment asked about comes after it
                // "缴费期12月20号截止，我21号才去": the day of that month said after the stated last day
                Matcher dayAfter = DAY_OF_THAT_MONTH.matcher(s);
                if (LAST_DAY_NAMED.matcher(s).region(m.end(), s.length()).lookingAt() && dayAfter.find(m.end())) {
                    int day = Integer.parseInt(dayAfter.group(1));
                    if (day > monthDay.getDayOfMonth() && day <= java.time.Month.of(monthDay.getMonthValue()).maxLength()) {
                        monthDay = MonthDay.of(monthDay.getMonthValue(), day);
                    }
                } else if (MISSED_BY.matcher(s).region(m.end(), s.length()).lookingAt()) {
                    // (the end of February, 28th or 29th, is followed by 1 March in either kind of year)
                    monthDay = monthDay.getMonthValue() == 2 && monthDay.getDayOfMonth() >= 28 ? MonthDay.of(3, 1)
                            : MonthDay.from(LocalDate.of(2001, monthDay.getMonthValue(), monthDay.getDayOfMonth()).plusDays(1));
                }
            } catch (DateTimeException ignored) {
                // an impossible date is not a date
            }
        }
        Integer year = null;
        m = YEAR.matcher(s);
        while (m.find()) {
            // "比2018年提高了多少", "1998年出生": a year compared with or born in is not the year asked about
            if (m.start() > 0 && "比较".indexOf(s.charAt(m.start() - 1)) >= 0) continue;
            if (s.startsWith("出生", m.end()) || s.startsWith("生", m.end()) || s.startsWith("基础上", m.end())) continue;
            // "2021年春节回来": a time of the calendar, not the insurance year asked about
            if (m.group(1) != null && CALENDAR_TIME.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            if (m.group(1) != null) year = Integer.parseInt(m.group(1));
            else if (m.group(2) != null) year = Integer.parseInt(m.group(2));
            else year = 2000 + Integer.parseInt(m.group(3));
        }
        // "2020-2021学年": a school year is priced in the insurance year it ends in
        Matcher schoolYear = SCHOOL_YEAR.matcher(s);
        if (year == null && schoolYear.find()) year = Integer.parseInt(schoolYear.group(2));
        if (year == null) {
            Matcher bareYear = BARE_YEAR.matcher(s); // "南川 2022 保费"
            if (bareYear.find()) year = Integer.parseInt(bareYear.group(1));
        }
        if (year == null && date == null) {
            Matcher yy = SHORT_YEAR.matcher(s);
            if (yy.find() && !s.contains(yy.group(1) + "年龄")) year = 2000 + Integer.parseInt(yy.group(1));
        }
        // "2021年正月十五去交", "圣诞节那天才去交", "元旦前": a festival's day, in the year said with it, else in the
        // payment season of the notice asked about (see paymentSeason)
        if (date == null && monthDay == null && Festivals.ANY.matcher(s).find()) {
            Matcher fy = FESTIVAL_YEAR.matcher(s);
            Integer said = fy.find() ? (fy.group(1).length() == 2 ? 2000 + Integer.parseInt(fy.group(1)) : Integer.parseInt(fy.group(1))) : null;
            Integer asked = year;
            String seasonOf = region != null ? region : contextRegion;
            var policy = seasonOf == null ? java.util.Optional.<cn.jumin.yibao.policy.model.Policy>empty()
                    : asked != null ? library.policy(seasonOf, asked) : library.latest(seasonOf);
            date = Festivals.dayIn(s, said, policy.map(Parser::paymentSeason).orElse(null)).orElse(null);
        }

        // "我不是学生也不是刚毕业的": what the resident is not says nothing about who they are
        String affirmed = NEGATED.matcher(s).replaceAll("");
        // "老公在单位交的职工医保，我跟两个孩子交居民医保": whoever is in the employee scheme is not priced with the family
        StringBuilder inEmployeeScheme = new StringBuilder();
        String priced = inResidentScheme(affirmed, inEmployeeScheme);
        // "我哥在监狱里，不算他", "除了我爸，其他人…": people the message leaves out of the household it asks about
        // (read before NEGATED, which takes "不算他" for a status the resident is not)
        String leftOut = leftOut(s, affirmed, inEmployeeScheme);
        // "我在外地帮他俩交": the speaker pays for the people named and is not one of them
        String listed = PAYER_ONLY.matcher(inResidentScheme(NEGATED.matcher(withoutLeftOut(s)).replaceAll(""))).replaceAll("$2");
        Set<SpecialGroup> groups = withoutTooYoung(combined(graded(affirmed, groups(affirmed))), s);
        Integer tier = tierOf(s); // null when both are asked about
        // "想买好点的那一档": the higher of two tiers; "便宜的那档": the lower
        if (HIGHER_TIER.matcher(s).find()) tier = 2;
        else if (LOWER_TIER.matcher(s).find()) tier = 1;

        Integer people = null;
        m = WE_COUNTED.matcher(s);
        // "我们三个一共多少": those asked about, whatever size the household is said to be ("屋头6个人…我们4个交好多")
        boolean weCounted = m.find() && !s.startsWith("家", m.start() + 1);
        if (weCounted) people = Integer.parseInt(m.group(1));
        m = PEOPLE.matcher(s);
        while (!weCounted && m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean couple = m.start() > 0 && s.charAt(m.start() - 1) == '老'; // 老两口 is two people within the family
            if (n >= 1 && n <= 20 && !couple && (people == null || n > people)) people = n;
        }
        // "家里5个，奶奶…我爸…": the household's size said with 个 alone
        Matcher family = FAMILY_OF.matcher(s);
        if (people == null && !weCounted && family.find()) people = Integer.parseInt(family.group(1));
        // "屋头6口人…除了我爸 其他人一共": the household said, without those left out; "剩下4个人一共": the rest counted
        if (people != null && !leftOut.isEmpty() && HOUSEHOLD_SAID.matcher(s).find() && !WE_COUNTED.matcher(s).find()) {
            int out = headcount(leftOut.replace("俺", "我")); // "俺在厂里交职工医保": the speaker, as 我
            if (out > 0 && out < people) people -= out;
        }
        Matcher rest = REST_ASKED.matcher(s);
        if (people != null && rest.find() && Integer.parseInt(rest.group(1)) < people) people = Integer.parseInt(rest.group(1));
        // "爷爷特困，奶奶低保，爸妈和我三个都是普通的": the three are the others, not the household
        Matcher ordinary = ORDINARY_COUNT.matcher(s);
        boolean othersCounted = ordinary.find() && people != null && people == Integer.parseInt(ordinary.group(1));
        // "我们两口子加两个姑娘": the couple and the children they name, when no one counted the household
        Matcher kids = CHILDREN.matcher(s);
        int children = 0;
        Set<String> kidsTold = new java.util.HashSet<>();
        int pupils = 0;
        while (kids.find()) {
            // "两个娃 一个读小学一个上幼儿园": the school says which the children are, they are no more children
            if (kids.group(2).matches(".*(幼儿园|小学|初中|高中|中专|技校|职高).*")) { pupils += Integer.parseInt(kids.group(1)); continue; }
            // "家里两个姑娘…两口子加两个女儿": the same daughters told twice
            if (kidsTold.add(kids.group(1) + childKind(kids.group(2)))) children += Integer.parseInt(kids.group(1));
        }
        if (children == 0) children = pupils; // "两口子加一个初中一个幼儿园的"
        if (children > 0 && (people == null || people == 2) && containsAny(s, "2口子", "夫妻", "我和老公", "我和老婆", "我跟老公", "我跟老婆", "我和媳妇", "我跟媳妇",
                "我跟我老公", "我和我老公", "我跟我老婆", "我和我老婆", "我和我媳妇", "我跟我媳妇")
                && !PEOPLE_TOTAL.matcher(s).find()) {
            people = Math.max(2 + children, headcount(listed)); // "我妈低保 我和老婆 两个娃儿": and grandma
        }

        // "我 老婆 两个娃 还有我爹 … 一共交好多": the people listed, when the total is asked and nobody counted them
        if (people == null && containsAny(s, "一共", "总共", "全家", "一家", "合计", "加起来", "一起交", "一起缴", "加一起")) {
            int named = headcount(listed);
            if (named >= 2) people = named;
        }
        // "我老公上班有职工医保，我跟公公婆婆交一档，要好多钱": the speaker and those joined to them pay
        Matcher joint = JOINT_PAYERS.matcher(listed);
        if (people == null && joint.find() && asksPrice(s)) {
            int named = headcount(joint.group());
            if (named >= 2) people = named;
        }
        // "两口子都买二档，一年要交好多": the couple is the household
        if (people == null && containsAny(s, "2口子", "老2口", "夫妻俩", "我们俩", "我俩", "夫妻2个", "俺俩", "咱俩", "俺们俩", "咱们俩", "老人俩")
                && (asksPrice(s) || containsAny(s, "一共", "总共", "合计") || s.length() <= 8)) {
            people = Math.max(2, headcount(listed)); // "两口子呢"; "大女儿上大学，小儿子读高中，加上我们两口子": four
        }
        Integer babyDays = null;
        boolean schoolChild = lexicon.students.keySet().stream().anyMatch(s::contains);
        boolean grownChild = GROWN_CHILD.matcher(s).find(); // a child with an age in years is no newborn
        // "生了2个姑娘" tells who is in the family, not of a birth
        String births = NOT_A_BIRTH.matcher(BORN_COUNT.matcher(affirmed).replaceAll("")).replaceAll("□"); // "学生的" is no "生的"
        // a child named with a group of its own ("娃娃是孤儿") or one of several people is no newborn unless a birth is said
        // "2020年12月3号生的，2021年度的医保交多少": born before the year asked about, no newborn of that year
        Matcher bornIn = BORN_YEAR.matcher(s);
        boolean bornBefore = bornIn.find() && year != null && year > Integer.parseInt(bornIn.group(1));
        boolean saysBirth = containsAny(births, "新生儿", "出生", "生了", "生的", "刚生", "才生", "生嘞", "生哩", "上的户口", "满月", "落户", "上户口", "户口落", "户口上了", "上了户口", "落了户", "生下来", "生出来", "下生")
                && !BORN_LONG_AGO.matcher(s).find() && !bornBefore;
        // "在家里带娃没上班": looking after children says what the speaker does, not that a child is asked about
        String childWords = s.replaceAll("带(娃娃?|伢|孩子|小孩)", "");
        // "家里6口人，爸妈、我两口子、两个娃": children of a household told, no birth said, are no babies
        boolean childrenOfAHousehold = CHILDREN.matcher(s).find()
                && (people != null && people >= 3 || containsAny(s, "我和", "我跟", "俺和", "俺跟") && containsAny(s, "我们家", "俺家", "我家", "俺们家"));
        boolean babyContext = saysBirth || (!bornBefore && !schoolChild && !grownChild && !childrenOfAHousehold && groups.isEmpty()
                && containsAny(childWords, "娃", "伢", "孩子", "小孩"));
        if (babyContext) {
            m = BABY_MONTHS.matcher(s);
            // "一个月就上了户口，现在都5个多月了": the baby's age now is the largest said
            while (m.find()) {
                if (s.substring(Math.max(0, m.start() - 1), m.start()).matches("[年]")) continue;
                int days = Integer.parseInt(m.group(1)) * 30;
                if (babyDays == null || days > babyDays) babyDays = days;
            }
            m = BABY_DAYS.matcher(s);
            if (babyDays == null && m.find()) babyDays = Integer.parseInt(m.group(1));
            if (s.contains("半年")) babyDays = 182;
        }
        boolean late = containsAny(s, "超过90天", "过了90天", "超过3个月", "才去", "才来", "晚了", "过了期", "超期", "逾期", "没及时", "过了3个月");

        Student student = lexicon.students.entrySet().stream().filter(e -> affirmed.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        Enrollment enrollment = lexicon.enrollments.entrySet().stream().filter(e -> affirmed.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        // "大学2021年6月毕业": a college graduate, however far apart the words
        if (enrollment == null && containsAny(affirmed, "大学", "大专", "本科", "研究生", "专科") && containsAny(affirmed, "毕业")) enrollment = Enrollment.COLLEGE_GRADUATE;
        if (enrollment == null && (babyContext && (saysBirth || containsAny(s, "新生儿", "刚生", "生了", "出生", "生的", "生下来", "生出来")))) enrollment = Enrollment.NEWBORN;

        Identity identity = null;
        if (containsAny(s, "香港", "澳门", "港澳")) identity = Identity.HK_MACAO;
        else if (s.contains("台湾")) identity = Identity.TAIWAN;
        else if (containsAny(s, "外国", "外籍", "老外", "美国人", "日本人", "韩国人", "缅甸", "越南", "老挝", "泰国人", "英国人")) {
            boolean permanent = containsAny(s, "永久居留", "绿卡") && !NO_PERMANENT.matcher(s).find();
            identity = permanent ? Identity.FOREIGN_PERMANENT_RESIDENT : Identity.FOREIGN;
        }

        Boolean employee = null;
        if (s.contains("职工医保") || s.contains("单位交") || s.contains("单位买") || s.contains("职工保险")) {
            employee = !NO_EMPLOYEE_SCHEME.matcher(s).find() && !containsAny(s, "不给交", "不给买", "单位不交", "没给交",
                    "断了", "断缴", "停了", "停缴", "辞职", "离职", "不干了", "失业", "下岗", "退了", "没上班了", "不上班了", "厂子倒闭", "倒闭了",
                    "没有单位", "没单位", "单位没给", "单位没交",
                    "交不起", "买不起", "有困难", "负担不起");
        }
        Boolean local = null;
        boolean hukouElsewhere = placeNamed != null
                && containsAny(s, placeNamed + "户口", placeNamed + "户籍", placeNamed + "的户口", placeNamed + "人",
                "老家" + placeNamed, "老家是" + placeNamed, "老家在" + placeNamed, // "老家河南那边…俺在杜集有居住证"
                "户口在" + placeNamed, "户籍在" + placeNamed, "户口" + placeNamed, "户籍" + placeNamed, "户口还在" + placeNamed, "户籍还在" + placeNamed, "户口是" + placeNamed);
        // "我从普洱迁到勐腊来的": from another place, to the area asked about
        boolean movedHere = placeNamed != null && region != null && containsAny(s, "从" + placeNamed + "迁", "从" + placeNamed + "搬",
                placeNamed + "过来", placeNamed + "那边过来", placeNamed + "来的", placeNamed + "嫁过来", "从" + placeNamed + "那边")
                // "我们是贵州的，在南城街道住了好多年": from there, living here
                || placeNamed != null && region != null && s.contains("是" + placeNamed + "的")
                        && containsAny(s, "住了", "住在", "住这", "在这边", "在这里", "在这住", "生活", "定居");
        // "我户口在萧县": a hukou in a place that is none of our areas
        Matcher hukouAt = HUKOU_AT.matcher(s);
        if (hukouAt.find() && findRegion(hukouAt.group(1)) == null) hukouElsewhere = true;
        hukouElsewhere |= movedHere;
        if (hukouElsewhere && region != null) otherPlace = null; // "勐腊，我是四川户口": a question about 勐腊
        // "在外省打工": where one works, not where one's hukou is
        // … and "年前从外地回来": coming home, not from elsewhere
        String hukouWords = COMING_HOME.matcher(WORKS_IN.matcher(s).replaceAll(w -> w.group(1).matches("外省|外地|省外|外县|外市") ? "" : w.group())).replaceAll("");
        if (hukouElsewhere || containsAny(hukouWords, "外地户口", "户口不在", "外省", "非本地", "外地人", "户口在外地", "外县", "外市", "市外", "省外", "户籍不在", "外地户籍",
                "外地嫁", "嫁过来", "外地来", "从外地", "外省来的", "外地州", "外州")) local = false;
        else if (containsAny(s, "本地户口", "本地户籍", "户口在本地", "本县户口", "本地人")) local = true;
        if (containsAny(s, "户口迁过来", "户口迁来", "户口已迁", "户口刚迁", "户口也迁", "迁了户口", "户口迁到")) local = true; // hukou moved here
        Boolean permit = null;
        if (containsAny(s, "没有居住证", "没居住证", "无居住证", "没办居住证")) permit = false;
        else if (s.contains("居住证")) permit = true;
        Boolean parents = null;
        if (containsAny(s, "都参保", "都参了", "都交了", "都有医保", "都买了", "都参加了", "双方都", "都缴了", "都在交", "都交的", "都有参保")) parents = true;
        // "我和老婆2020年10月就交了2021年的居民医保": the couple speaking, both paid
        if (parents == null && COUPLE_PAID.matcher(s).find()) parents = true;
        if (containsAny(s, "只有一个", "一方", "没参保", "没交医保", "没有参保", "没买医保", "没有医保", "都没", "没参加", "没有参加", "没买", "没交")) parents = parents == null ? false : parents;
        // "爸爸是职工医保": a parent in the employee scheme is not in the resident scheme
        // … and "我和老公都交了职工医保" is insured, but not in the resident scheme the newborn rule asks for
        if ((parents == null || parents && !s.contains("居民")) && containsAny(s, BABY_PARENTS) && s.contains("职工")) parents = false;
        // "我儿子交的职工医保…孙子今年5月出生": a grandparent speaking of the baby's parents
        if (parents == null && containsAny(s, "孙子", "孙女", "外孙") && containsAny(s, "儿子", "儿媳", "女儿", "女婿") && s.contains("职工")) parents = false;

        // the others of the family are asked about, not the one in the employee scheme
        if (!priced.equals(affirmed) && headcount(priced) >= 1 && asksPrice(s)) employee = null;
        // "随县 大病保险 报销 多少": words typed apart as into a search box are read together
        String together = s.replace("，", "");
        String oos = lexicon.outOfScope.entrySet().stream().filter(e -> s.contains(e.getKey()) || together.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        // "辞职了职工医保断了，能交居民医保吗": the lapse is why the resident scheme is asked about, not the question
        if ("职工医保".equals(oos) && s.contains("居民") && containsAny(s, "职工医保断", "职工医保停", "辞职", "离职")) oos = null;
        // "想申请低保…低保是哪个部门认定的": who certifies the group, which the notices say, not how to apply
        if (oos != null && !groups(affirmed).isEmpty() && containsAny(s, WHO_CERTIFIES) && containsAny(s, "认定", "评", "审核", "核定")) oos = null;
        List<MemberSpec> members = new ArrayList<>();
        // a group the whole message says is absent ("没有低保啥的") is no member's either
        for (MemberSpec spec : members(withoutCoveredElsewhere(priced))) {
            if (groups.containsAll(spec.groups())) { members.add(spec); continue; }
            Set<SpecialGroup> held = new LinkedHashSet<>(spec.groups());
            held.retainAll(groups);
            members.add(new MemberSpec(spec.count(), held, spec.student(), spec.label(), spec.tier()));
        }
        members.addAll(tierChoices(priced));
        if (othersCounted) people += members.stream().mapToInt(MemberSpec::count).sum();
        // "我侄子是孤儿，加上我们一家三口": the three and the nephew
        Matcher more = MORE_PEOPLE.matcher(s);
        int named = members.stream().mapToInt(MemberSpec::count).sum();
        if (more.find() && named > 0 && (people == null || people == Integer.parseInt(more.group(1)))
                && members.stream().noneMatch(spec -> spec.label().contains(more.group()))) {
            people = named + Integer.parseInt(more.group(1)); // "两个低保的加一个不是低保的": three
        }
        // "我爷爷是在乡老复员军人…屋头其他4个普通的买一档，一共": the one named and the four others
        Matcher others = OTHERS_COUNTED.matcher(s);
        if (people == null && named > 0 && others.find()) {
            String said = others.group();
            // … unless the others are a member already (their tier chosen: "其他4个普通的买一档")
            people = members.stream().anyMatch(x -> x.label().contains(said)) ? named : named + Integer.parseInt(others.group(1));
        }
        // "家里4口都在建档立卡名单里…5个人一共": the four counted with the group are four of the five, not everyone
        if (people != null) {
            for (int i = 0; i < members.size(); i++) {
                MemberSpec spec = members.get(i);
                Matcher counted = PEOPLE.matcher(spec.label());
                if (spec.count() == 0 && !spec.groups().isEmpty() && counted.find() && Integer.parseInt(counted.group(1)) < people) {
                    members.set(i, new MemberSpec(Integer.parseInt(counted.group(1)), spec.groups(), spec.student(), spec.label(), spec.tier()));
                }
            }
        }
        String bare = s.replaceAll("[?？。!！~～，,\\s]+$", ""); // "要是超过90天才去办呢？"
        boolean followUp = ((bare.startsWith("那") || bare.startsWith("他") || bare.startsWith("她") || endsWithAny(bare, "呢", "嘞", "咧", "喃", "哩") || bare.startsWith("还有") || bare.startsWith("如果") || bare.startsWith("要是")) && bare.length() <= 16)
                || (region != null && s.length() <= 8 && s.replaceAll("[那的呢嘞咧喃哩吗啊？?。，,]", "").length() <= 6);

        Intent intent = intent(affirmed, groups, people, members, oos, otherPlace, region, babyContext, saysBirth, identity, employee, local);
        // "2月28号晚上在手机上交的，还算不算数": whether a payment on that day counts, whatever the channel
        if ((date != null || monthDay != null) && (intent == null || intent == Intent.CHANNEL || intent == Intent.SEARCH)
                && containsAny(s, "算不算", "算数", "作数", "有效", "管用", "赶上了", "赶得上", "来得及", "赶没赶上")) intent = Intent.DEADLINE;
        // "2020年8月底能交居民医保了没": whether the window is open that day, nobody's status asked
        if ((date != null || monthDay != null) && intent == Intent.ELIGIBILITY && identity == null && employee == null && local == null
                && containsAny(s, "能交", "能缴", "可以交", "可以缴", "交得了", "开始交", "开始收")) intent = Intent.DEADLINE;
        // "孙子户口落了都4个多月了，医保还没办": a newborn of a known age, not enrolled yet
        if (intent == null && enrollment == Enrollment.NEWBORN && babyDays != null) intent = Intent.NEWBORN;
        // "孩子都4个多月了才去给他办医保，从哪天起能报销": a baby's cover, by the newborn rules
        if (intent == Intent.BENEFIT_START && babyContext && babyDays != null && people == null && BABY_AGE_SAID.matcher(s).find()) intent = Intent.NEWBORN;
        // "2021年2月28号晚上才交医保，还算数不": a day of payment, and nothing else asked, is a question about that day
        // (a month alone, "要是7月份以后才交呢", is left to the conversation: it goes on with the question before)
        if (intent == null && date != null && containsAny(s, "交", "缴", "参保")) {
            intent = asksCoverStart(s) ? Intent.BENEFIT_START : Intent.DEADLINE;
        }
        boolean fromKeywords = intent != null;
        return new Understanding(s, intent, fromKeywords, region, year, groups, tier, date, monthDay, babyDays, people,
                members, student, enrollment, identity, employee, local, permit, parents, oos, otherPlace, followUp, late,
                date == null && monthDay != null && namesOnlyAMonth(s));
    }

    /** Every mention of the place is "在X打工" (or 上班, 工作 …). */
    private static boolean workplaceOnly(String s, String place) {
        int mentions = s.split(Pattern.quote(place), -1).length - 1;
        int atWork = 0;
        Matcher w = WORKS_IN.matcher(s);
        while (w.find()) {
            // "娃在成都读大学，学校让交学生医保": the school there collects, so that place is the one asked about
            boolean schoolCollects = w.group(2).matches("读大学|上大学|读书|上学|念书|读研") && s.contains("学校");
            if (w.group(1).contains(place) && !schoolCollects) atWork++;
        }
        return atWork > 0 && atWork == mentions;
    }

    /** Where the first area name found in the message ends (-1 when the area was given by code). */
    private int regionNameStart(String s) {
        for (Map.Entry<String, String> e : library.namesLongestFirst()) {
            int at = s.indexOf(e.getKey().toLowerCase());
            if (at >= 0) return at;
        }
        return -1;
    }

    private int regionNameEnd(String s) {
        for (Map.Entry<String, String> e : library.namesLongestFirst()) {
            int at = s.indexOf(e.getKey().toLowerCase());
            if (at >= 0) return at + e.getKey().length();
        }
        return -1;
    }

    private String findRegion(String s) {
        for (Map.Entry<String, String> e : library.namesLongestFirst()) {
            if (s.contains(e.getKey().toLowerCase())) return e.getValue();
        }
        for (Map.Entry<String, String> place : lexicon.places.entrySet()) {
            if (s.contains(place.getKey())) return place.getValue();
        }
        Matcher code = AREA_CODE.matcher(s);
        while (code.find()) {
            var r = library.resolveRegion(code.group(1));
            if (r.isPresent()) return r.get();
        }
        return null;
    }

    /**
     * The groups named in a message, longest wording first. 的 is left out on both sides: residents write
     * "低收入家庭的重度残疾人" for the notice's 低收入家庭重度残疾人, and a notice's "省规定的其他特定困难人员" still matches.
     */
    private Set<SpecialGroup> groups(String s) {
        Set<SpecialGroup> found = new LinkedHashSet<>();
        String rest = s.replace("的", "");
        for (Map.Entry<String, SpecialGroup> e : groupWords) {
            if (rest.contains(e.getKey())) {
                if (!absent(rest, e.getKey())) found.add(e.getValue());
                rest = rest.replace(e.getKey(), "□");
            }
        }
        return found;
    }

    /** "都是普通村民，没有低保啥的": every mention of the group word is said not to hold. */
    private static boolean absent(String s, String word) {
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
            String before = s.substring(Math.max(0, at - 2), at);
            if (!(before.endsWith("没有") || before.endsWith("没得") || before.endsWith("没") || before.endsWith("不是") || before.endsWith("非"))) return false;
        }
        return true;
    }

    /** "有精神残疾，残联评的是三级": the kind of disability and its grade said apart. */
    private static final Pattern MENTAL_OR_INTELLECTUAL = Pattern.compile("(精神|智力)(方面的?)?残疾");
    private static final Pattern GRADE_3 = Pattern.compile("[3三]级");

    private Set<SpecialGroup> graded(String s, Set<SpecialGroup> found) {
        if (found.contains(SpecialGroup.GRADE3_INTELLECTUAL_MENTAL_DISABILITY)) return found;
        if (!MENTAL_OR_INTELLECTUAL.matcher(s).find() || !GRADE_3.matcher(s).find()) return found;
        Set<SpecialGroup> out = new LinkedHashSet<>(found);
        out.add(SpecialGroup.GRADE3_INTELLECTUAL_MENTAL_DISABILITY);
        return out;
    }

    /** The groups, with those a person is in by being in several at once ("重度残疾" and "低收入": 低收入家庭重度残疾人). */
    private Set<SpecialGroup> combined(Set<SpecialGroup> groups) {
        Set<SpecialGroup> out = groups;
        for (Map.Entry<SpecialGroup, Set<SpecialGroup>> c : lexicon.combinedGroups.entrySet()) {
            if (groups.containsAll(c.getValue()) && !groups.contains(c.getKey())) {
                if (out == groups) out = new LinkedHashSet<>(groups);
                out.add(c.getKey());
            }
        }
        return out;
    }

    /** A baby's parents, as the mother or the father speaks of them. */
    private static final String[] BABY_PARENTS = Phrases.of("babyParents");

    /** Words that name one member of the family, longest first; a member's phrase starts with one of them. */
    private static final List<String> KIN_NAMES = List.of("老婆子", "老头子", "太爷爷", "太奶奶", "太公", "太婆", "户主", "妻子", "丈夫", "爷爷", "奶奶", "外婆", "外公", "公公", "婆婆", "爹爹", "我爸",
            "我妈", "爸爸", "妈妈", "老汉", "老头", "老伴", "老婆", "老公", "儿子", "女儿", "妹妹", "弟弟", "哥哥", "姐姐", "媳妇");
    /** Everything that counts as one person in a phrase ("爸妈" counts two, see kinCount). */
    private static final List<String> KIN = java.util.stream.Stream.concat(KIN_NAMES.stream(), java.util.stream.Stream.of(
            // compounds first: "舅妈" is one person, not 舅 and 妈
            "舅妈", "舅母", "姨妈", "姨父", "姨夫", "姑父", "姑夫", "姑妈", "伯母", "婶娘", "小姨子", "大姨", "小姨", "大妈", "大娘", "大爷",
            "岳父", "岳母", "老丈人", "丈人", "丈母娘", "外孙", "女婿", "外甥", "侄子", "侄女",
            "老人", "老的", "父亲", "母亲", "孙子", "孙女", "丈夫", "妻子", "姑娘", "闺女", "兄弟", "爸", "妈", "娘", "爹", "叔", "伯", "舅",
            "姨", "弟", "妹", "哥", "姐", "娃", "伢", "崽", "孩子", "男的", "女的", "老大", "老二", "老三", "老小", "婶", "嫂", "我", "他", "她")).toList();
    private static final Pattern KIN_FAMILY_COUNT = Pattern.compile("[哥姐弟妹叔伯舅姑姨儿女]家(?:里)?(\\d+)(?:口人?|个人)");
    /** "舅舅", "叔叔", "婶婶": one person, however many times the syllable is said. */
    private static final Pattern KIN_DOUBLED = Pattern.compile("([舅叔伯姑姨婶嫂])\\1");
    /** "大的读小学，小的上幼儿园": the elder and the younger child. */
    private static final Pattern ELDER_YOUNGER = Pattern.compile("(?<![最较比年纪岁数大小])([大小])的(?=读|上|在|念|才|刚|今年|还|是|\\d)");
    // "我爸妈和我弟是…": the parents named together before 和 are two
    private static final Pattern KIN_AT_END = Pattern.compile("(" + String.join("|", KIN_NAMES) + "|爸妈|爹妈|爸|妈)+$");
    private static final Pattern ONLY_KIN = Pattern.compile("(" + String.join("|", KIN_NAMES) + ")+");
    /** 我 / 俺 before a relative is "my", not a person of its own. */
    private static final Pattern POSSESSIVE = Pattern.compile("[我俺]个?(?=老[汉倌头伴]|[幺老大小二三四]?[爸妈爷奶婆公伯叔姑舅姨婶嫂哥姐弟妹儿女闺娃伢孩媳娘爹兄孙外侄岳])"
            + "|户主(?=的?(父亲|母亲|爸|妈|妻子|老婆|丈夫|儿|女|孙))"); // "户主父亲": the householder's father, one person
    /** The household speaking of itself: what it says holds for every member. */
    private static final Pattern WE = Pattern.compile("我们家|咱们家|我们|咱们|咱家|我家|俺家|俺们|我屋|我屋里");
    /** A phrase that goes on about the person just named: "又是低保", "也是残疾". */
    private static final Pattern ALSO = Pattern.compile("(同时|并且|而且)?(又|也|还|同时)?(是|属于|算)|(同时|并且|而且)?(又|也|还|同时)(吃|享受|有|在)");
    private static final Pattern STUDENT_TOPIC = Pattern.compile("(学生|大学生|中小学生|在校生)的?(医保|保险|保费|缴费|参保)");
    private static final Pattern FAMILY_OF = Pattern.compile("(?:家里|家头|我家|俺家|屋头|屋里|全家|一家)(?:一共|总共|有)?(\\d{1,2})个(?=[，,。；;\\s]|$)");
    /** A baby's age said as an age ("4个多月", "100多天"), not a month of the calendar ("12月底"). */
    private static final Pattern BABY_AGE_SAID = Pattern.compile("\\d+个多?月|\\d+[多来]?天");
    private static final Pattern JOINT_PAYERS = Pattern.compile("[我俺](和|跟|同|带着?)[^，,。？?；;]{1,10}?(?<![没未不别])(?=(都|一起|也)?(交|买|缴|参保))");
    private static final Pattern ALL_OF_THEM = Pattern.compile("(?<![家屋里头])(\\d{1,2})个(?:都|全)");
    private static final Pattern COUNT_ONLY = Pattern.compile("\\d{1,2}(个|位|名)");
    private static final Pattern SAME_AS_BEFORE = Pattern.compile("^[^，,。]{0,8}(也|都|同样)(是|算|一样|属于|在里头|在里面)[，,。？?]?$");
    /** "媳妇建档立卡": a relative's word followed at once by what they are. */
    private static final Pattern KIN_THEN_GROUP = Pattern.compile("(" + String.join("|", KIN_NAMES) + "|爸|妈|娃|伢|哥|姐|弟|妹)+(?=\\p{IsHan})");
    // not inside 太爷爷 / 太奶奶
    private static final Pattern KIN_START = Pattern.compile("(?<!太)(?=(" + String.join("|", KIN_NAMES) + "|其他|其余|另外|剩下))");

    /**
     * Household members by phrase: "老两口是低保，一个伢在读初中，我和老婆" → [2 低保], [1 pupil]. A phrase with a group
     * but no person ("住边境村", "独生子女家庭") holds for the whole household: count 0. The household's size
     * ("一家4口", "我们家5个人") is not a member phrase.
     */
    /** "2个孩子（1个初中生、1个幼儿园在园儿童）": the brackets say who the two are, they are no further people. */
    private static final Pattern COUNTED_THEN_LISTED = Pattern.compile("(\\d+个[^，,。；;（(]{0,6})[（(]([^）)]*)[）)]");

    private List<MemberSpec> members(String s) {
        s = COUNTED_THEN_LISTED.matcher(s).replaceAll(r -> r.group(1) + r.group(2).replaceAll("\\d+个|[、，,]", ""));
        List<MemberSpec> specs = new ArrayList<>();
        String carried = "";
        int counted = 0;
        String previous = ""; // the clause before this one, when only "和" / "跟" parted them ("户主和妻子都是低保")
        Matcher breaks = CLAUSE_BREAK.matcher(s);
        int from = 0;
        List<String> clauses = new ArrayList<>();
        List<Character> parted = new ArrayList<>();
        char last = '，';
        while (breaks.find()) {
            clauses.add(s.substring(from, breaks.start()));
            parted.add(last);
            last = s.charAt(breaks.start());
            from = breaks.end();
        }
        clauses.add(s.substring(from));
        parted.add(last);
        int specOfClause = -2; // the clause the last member spec came from
        for (int ci = 0; ci < clauses.size(); ci++) {
            String clause = clauses.get(ci);
            String joined = "和跟及与".indexOf(parted.get(ci)) >= 0 ? previous : "";
            previous = clause;
            // "其中1个还是低保对象": the split at 还 left the count behind; it is the count of what follows
            Matcher bare = BARE_COUNT.matcher(clause);
            // "8个人：太婆…": a count that opens a list is the household's, not of the next clause
            if (bare.matches()) { counted = ci + 1 < parted.size() && "：:".indexOf(parted.get(ci + 1)) >= 0 ? 0 : Integer.parseInt(bare.group(1)); continue; }
            int countedHere = counted;
            counted = 0;
            // "奶奶还是特困": the split at 还 left 奶奶 behind; it belongs to what follows
            String pending = ALSO.matcher(clause).lookingAt() ? carried : "";
            boolean again = !pending.isEmpty();
            carried = "";
            String firstSeg = null;
            // "我爸低保加二级重度残疾", "奶奶是低保和残疾人": a group joined to the person of the clause before
            // after a comma, only a group without a subject of its own ("一级重度残疾，丧失劳动能力了"; not "老倌是低保，老奶是特困")
            boolean joinedGroup = ("加和及、".indexOf(parted.get(ci)) >= 0 || "，,".indexOf(parted.get(ci)) >= 0 && !clause.contains("是"))
                    && specOfClause == ci - 1 && !specs.isEmpty();
            for (String piece : KIN_START.split(clause)) {
                // "爷爷奶奶是低收入" names two people before what is said of both: keep the names with it
                if (ONLY_KIN.matcher(piece).matches()) { pending += piece; continue; }
                // "两个弟弟也是…": the split before 弟弟 left the count behind; it counts the people named next
                if (COUNT_ONLY.matcher(piece).matches()) { pending += piece; continue; }
                String seg = pending + piece;
                pending = "";
                if (seg.isEmpty()) continue;
                if (firstSeg == null) firstSeg = seg;
                Set<SpecialGroup> g = groups(seg);
                Student st = lexicon.students.entrySet().stream().filter(e -> seg.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
                // "两口子都是建档立卡，两个娃也是": people said to be what the people before them are
                if (g.isEmpty() && st == null && !specs.isEmpty() && SAME_AS_BEFORE.matcher(seg).find()) {
                    int n = COUNT.matcher(seg).find() ? Integer.parseInt(COUNT.matcher(seg).results().findFirst().get().group(1)) : kinCount(seg);
                    MemberSpec before = specs.get(specs.size() - 1);
                    if (n > 0 && n <= 20 && !before.groups().isEmpty()) { specs.add(new MemberSpec(n, before.groups(), before.student(), seg, before.tier())); specOfClause = ci; }
                    continue;
                }
                if (g.isEmpty() && st == null) continue;
                // "大学生医保是交多少": the students' scheme named as a topic, nobody more
                if (g.isEmpty() && kinCount(seg) == 0 && !COUNT.matcher(seg).find() && STUDENT_TOPIC.matcher(seg).find()) continue;
                if (countedHere > 0 && !g.isEmpty() && kinCount(seg) == 0) {
                    specs.add(new MemberSpec(countedHere, g, st, seg));
                    countedHere = 0;
                    continue;
                }
                if (joinedGroup && seg == firstSeg && !g.isEmpty() && kinCount(seg) == 0 && !COUNT.matcher(seg).find() && !WE.matcher(seg).find()) {
                    MemberSpec before = specs.remove(specs.size() - 1);
                    Set<SpecialGroup> both = new LinkedHashSet<>(before.groups());
                    both.addAll(g);
                    specs.add(new MemberSpec(before.count(), both, before.student() != null ? before.student() : st, before.label() + "、" + seg, before.tier()));
                    specOfClause = ci;
                    continue;
                }
                // "爷爷是残疾人、丧失劳动能力那种": what the relative of the clause before is, said after 、
                // (after a comma only a group said without a subject of its own: "爷爷70岁，一级重度残疾"; not "我大伯家4口人，…")
                boolean commaJoin = "，,".indexOf(parted.get(ci)) >= 0;
                if (ci > 0 && "、，,".indexOf(parted.get(ci)) >= 0 && seg == firstSeg && !g.isEmpty() && specOfClause != ci - 1 && kinCount(seg) == 0
                        && !WE.matcher(seg).find() && !COUNT.matcher(seg).find() && kinCount(clauses.get(ci - 1)) > 0
                        && !(commaJoin && (seg.contains("是") || PEOPLE.matcher(clauses.get(ci - 1)).find() || KIN_FAMILY_COUNT.matcher(clauses.get(ci - 1)).find()))) {
                    specs.add(new MemberSpec(kinCount(clauses.get(ci - 1)), g, st, clauses.get(ci - 1) + "、" + seg, tierOf(clause)));
                    specOfClause = ci;
                    continue;
                }
                // "我跟老伴都是建档立卡户，老伴还是二级残疾": one of the people named before, now in two groups
                if (again && seg == firstSeg && kinCount(seg) == 1) {
                    String who = KIN_NAMES.stream().filter(seg::contains).findFirst().orElse(null);
                    int before = who == null ? -1 : lastNaming(specs, who);
                    if (before >= 0) {
                        MemberSpec earlier = specs.get(before);
                        Set<SpecialGroup> both = new LinkedHashSet<>(earlier.groups());
                        both.addAll(g);
                        if (earlier.count() > 1) specs.set(before, new MemberSpec(earlier.count() - 1, earlier.groups(), earlier.student(), earlier.label(), earlier.tier()));
                        else specs.remove(before);
                        specs.add(new MemberSpec(1, both, earlier.student() != null ? earlier.student() : st, seg));
                        continue;
                    }
                }
                // "我是一般贫困户，又是低保": the same person again, now in two groups
                if (!specs.isEmpty() && ALSO.matcher(seg).lookingAt() && kinCount(seg) == 0) {
                    MemberSpec before = specs.remove(specs.size() - 1);
                    Set<SpecialGroup> both = new LinkedHashSet<>(before.groups());
                    both.addAll(g);
                    specs.add(new MemberSpec(before.count(), both, before.student() != null ? before.student() : st, before.label() + "，" + seg));
                    continue;
                }
                // "我哥家4口是建档立卡贫困户": the count of a relative's family, not the whole household
                Matcher kinFamily = KIN_FAMILY_COUNT.matcher(seg);
                if (kinFamily.find() && !g.isEmpty()) {
                    int n = Integer.parseInt(kinFamily.group(1));
                    if (n <= 20) { specs.add(new MemberSpec(n, g, st, seg)); specOfClause = ci; }
                    continue;
                }
                boolean wholeFamily = PEOPLE.matcher(seg.replace("老2口", "")).find() && containsAny(seg, "家", "屋", "全", "一共", "总共");
                int count = 0;
                boolean countSaid = false;
                Matcher c = COUNT.matcher(seg);
                if (containsAny(seg, "老两口", "老2口", "两口子", "夫妻", "俩", "2口子")) count = 2;
                else if (!wholeFamily && c.find()) { count = Integer.parseInt(c.group(1)); countSaid = true; }
                else count = kinCount(seg);
                // said of everyone ("我们都是低保"), or of the people it names ("爷爷奶奶都是低保")
                boolean couple = containsAny(seg, "老两口", "老2口", "两口子", "夫妻", "俩", "2口子"); // "老两口都是建档立卡户": the two
                // "户主和妻子都是低保", "我跟老伴都是低保": the people joined by 和 share what is said of both
                Matcher tail = KIN_AT_END.matcher(joined);
                int named = kinCount(seg) + (tail.find() ? kinCount(tail.group()) : joined.matches(".*[我俺]") ? 1 : 0);
                // … and a count said with them stays ("家里2个老人都是低保": two, not everyone)
                Matcher allOf = ALL_OF_THEM.matcher(seg);
                // "舅舅舅妈还有两个表弟4个都是建档立卡的": the count said right before 都 is of them all
                if (!couple && allOf.find()) count = Integer.parseInt(allOf.group(1));
                else if (!couple && containsAny(seg, "都是", "全是", "全部是", "都有", "都属")) count = named >= 2 ? named : countSaid ? count : 0;
                // "我跟老伴是建档立卡贫困户": both, said without 都
                // "我和媳妇建档立卡": the same without 是
                else if (!couple && !countSaid && !joined.isEmpty() && seg == firstSeg && named >= 2
                        && (seg.contains("是") || seg.contains("在") || KIN_THEN_GROUP.matcher(seg).lookingAt())) count = named;
                else if (count == 0 && containsAny(seg, "是") && !wholeFamily && !containsAny(seg, "家庭", "村", "户")
                        && !WE.matcher(seg).find()) count = 1;
                // "我爸是低保对象想给他交二档，我妈是建档立卡贫困户也交二档": the tier the clause chooses for its people
                if (count <= 20) { specs.add(new MemberSpec(count, g, st, seg, g.isEmpty() ? null : tierOf(clause))); specOfClause = ci; }
            }
            carried = pending;
        }
        return specs;
    }

    private static final Pattern GRADE_IN_BRACKETS = Pattern.compile("\\(\\d\\s*[-—–~至到]\\s*\\d\\s*级\\)");
    /** Words of the scheme: a message without any is not about paying for it ("帮我推荐个好用的记账APP"). */
    private static final String[] SCHEME_WORDS = Phrases.of("schemeWords");
    private static final Pattern STILL_JOIN = Pattern.compile("(还能|还可以)[^，,。？?哪]{0,6}(参加|参保|交|缴|办)"); // not "还能在哪些地方交"
    private static final Pattern NOT_A_BIRTH = Pattern.compile("学生|医生|先生|卫生|生活|发生");
    private static final java.util.Set<String> GENERIC_KIN = java.util.Set.of("老人", "老的");
    private static final Pattern BARE_COUNT = Pattern.compile("(?:其中|另有|有)?(\\d+)个(?:人)?");

    /** Words that take people out of the household asked about before ("把我去掉", "两个孩子学校统一收"). */
    private static final Pattern REMOVED = Pattern.compile("去掉|不算|不用管|不用算|别算|除掉|减去|拿掉|扣掉|不交了"
            // "两个孩子学校说统一收，那剩下我们家里要交的": the pupils paid by the school, the rest asked about
            + "|(统一收|学校收|学校交|学校代收).*(剩下|其余|另外的|家里要交)"
            // "俺爸其实在矿上上班，交的职工医保，那居民医保一共多少": that relative leaves the household asked about
            + "|(交|缴|买|参加|有)的?职工医保.*(一共|总共|合计|居民医保)");
    private static final Pattern REMAINING = Pattern.compile("(?:就剩|只剩|剩下)的?(\\d+)个");
    private static final Pattern ADDED = Pattern.compile("再算上|再加上|再加|加上|算上|添了|多了|还有|其中|说漏了|漏了|忘了说|少算|现在");
    private static final String[] CHILD_WORDS = Phrases.of("childWords");

    /** A change to the household of the last answer: people taken out, or how many are left, or who they are. */
    record Revision(int removed, Integer remaining, boolean children, String kin) {}

    /** How a follow-up changes the household asked about before; null when it does not read as a change. */
    static Revision revision(String text) {
        boolean children = containsAny(text, CHILD_WORDS);
        Matcher left = REMAINING.matcher(text);
        if (left.find()) return new Revision(0, Integer.parseInt(left.group(1)), children, null);
        if (REMOVED.matcher(text).find()) {
            String rest = POSSESSIVE.matcher(text).replaceAll("");
            String kin = KIN_NAMES.stream().filter(rest::contains).findFirst()
                    .orElse(Stream.of("哥", "姐", "弟", "妹", "爸", "妈").filter(rest::contains).findFirst().orElse(null));
            return new Revision(Math.max(1, headcount(text)), null, children, kin);
        }
        return ADDED.matcher(text).find() ? new Revision(0, null, false, null) : null;
    }

    static int peopleNamed(String text) { return headcount(text); }

    /** "也不上班", "没工作": not employed; "在城里打工", "上班": employed; null when not said. */
    static Boolean employed(String s) {
        if (containsAny(s, "不上班", "没上班", "没有上班", "没工作", "没有工作", "不工作", "无业", "没就业", "未就业", "没有就业")) return false;
        if (containsAny(s, "进城务工", "打工", "务工", "上班")) return true;
        return null;
    }

    /** "老家已经交了医保": insured where the hukou is; "老家没交": not; null when not said. */
    static Boolean insuredElsewhere(String s) {
        if (containsAny(s, "老家没", "原籍没", "原籍未", "那边没交", "那边没参保", "老家也没")) return false;
        if (containsAny(s, "老家已经交", "老家交了", "老家已交", "老家参保了", "在老家交", "老家有医保", "老家买了", "老家已经买",
                "原籍已", "原籍参保", "老家参加了", "那边已经交", "那边交了")) return true;
        // "老家河南那边今年已经交过居民医保了": the place, then (a few words on) that it is paid there
        Matcher m = PAID_BACK_HOME.matcher(s);
        if (m.find()) return !NOT_PAID.matcher(m.group()).find();
        return null;
    }

    private static final Pattern PAID_BACK_HOME = Pattern.compile("(老家|原籍|户口所在地|家乡)[^，,。；;？?]{0,10}?(交过|交了|参保了|参加了|买了|已交|有医保|参了保|缴过|缴了)");
    private static final Pattern NOT_PAID = Pattern.compile("没|未|不");

    /** "渝北区", "萧县的": two characters of a name before 区 / 县, not "在县里", "跑县城", "县医保局". */
    private static final Pattern DISTRICT = Pattern.compile("((?:(?![在到去回的里个们我你他她娃伢子跑是和跟从住读上下本外全该各邻同])[\\u4e00-\\u9fa5]){2})(区|县)(?![城里上下医委政级直人])");
    /** Two characters before 区 or 县 that name no place: 城区, 社区, 辖区, 景区 … */
    private static final Set<String> NOT_A_PLACE = Set.of("城区", "社区", "小区", "辖区", "郊区", "景区", "园区", "地区", "山区", "牧区",
            "市区", "片区", "校区", "管区", "老区", "新区", "高新区", "经开区", "矿区", "灾区", "农区", "发区", "全区", "本区", "外区", "该区", "各区",
            "全县", "本县", "外县", "该县", "各县", "邻县", "同县", "街区", "城县", "州县", "省县", "乡县");

    /** A district or county the message names that is none of our areas or their places ("渝北区"), or null. */
    private String unknownDistrict(String s) {
        Matcher d = DISTRICT.matcher(s);
        while (d.find()) {
            String name = d.group();
            if (NOT_A_PLACE.contains(d.group(1) + d.group(2)) || NOT_A_PLACE.contains(d.group(1))) continue;
            if (findRegion(name) != null || findRegion(d.group(1)) != null) continue;
            return name;
        }
        return null;
    }

    /** Whether a message speaks of the scheme at all ("考研报名啥时候开始" does not). */
    static boolean aboutTheScheme(String s) { return containsAny(s, SCHEME_WORDS) || containsAny(s, "保", "档", "资助", "补助", "新生儿", "娃", "伢", "孩子", "低保", "特困"); }

    /** Who a member phrase is about: its first kinship word ("我妈是低保" → 妈), or the phrase itself. */
    static String whoIn(String label) {
        String rest = POSSESSIVE.matcher(label).replaceAll("");
        for (String k : KIN) if (rest.contains(k)) return k;
        return label;
    }

    private static final Pattern AGE_SAID = Pattern.compile("(?<![\\d.])(\\d{1,3})(?:周岁|岁)");

    /**
     * "低收入家庭，我才45岁": a group named for an age (低收入家庭60周岁以上老年人, minAge in vocabulary/groups.json) is
     * taken away when every age the message says is below it.
     */
    private Set<SpecialGroup> withoutTooYoung(Set<SpecialGroup> groups, String s) {
        List<Integer> ages = new ArrayList<>();
        for (Matcher m = AGE_SAID.matcher(s); m.find(); ) ages.add(Integer.parseInt(m.group(1)));
        if (ages.isEmpty()) return groups;
        Set<SpecialGroup> out = new LinkedHashSet<>(groups);
        out.removeIf(g -> library.groups().minAge(g).map(min -> ages.stream().allMatch(a -> a < min)).orElse(false));
        return out;
    }

    /** "我公公是一般贫困户": one relative named, not the speaker. */
    static boolean namesOneRelative(String text) {
        String who = whoIn(text);
        return !who.equals(text) && !Set.of("我", "他", "她").contains(who) && headcount(text) == 1;
    }

    /** "我们是一般贫困户", "我家是独生子女户", "我们村是边境村": the household speaking of itself. */
    static boolean speaksOfUs(String phrase) { return WE.matcher(phrase).find() || phrase.startsWith("我"); }

    private static final Pattern PHRASE_END = Pattern.compile("(?<=[，,。；;！!？?、])");

    /** "屋头6口人", "家里5个人", "一户6个人": the whole household counted, those left out of the question included. */
    private static final Pattern HOUSEHOLD_SAID = Pattern.compile("(家|屋|户|屋头|屋里|家里|家庭)(里|头|子)?[，,：:]?(一共|总共|有)?\\d{1,2}(口|个人|人)");
    /** "剩下4个人一共自己掏多少": the people asked about ("剩下3个普通" says who they are, not who is asked). */
    private static final Pattern REST_ASKED = Pattern.compile("(?:就剩|只剩|剩下)的?(\\d+)个人?(?=一共|总共|要交|交|自己|医保|的医保)");
    /** A member covered elsewhere: serving in the army, or paid for by the school ("在学校交了", "学校那边交过了"). */
    private static final Pattern ELSEWHERE_COVERED = Pattern.compile("部队当兵|在部队|现役|服兵役|学校交了|学校那边交|学校交过|学校统一交了");
    private static final Pattern NOT_COUNTED = Pattern.compile("不(?:算|包括|包含|用算)(?:他|她)(们)?(俩|2个)?");
    /** "老公在部队当兵不算": the person of the clause itself is left out. */
    private static final Pattern NOT_COUNTED_HERE = Pattern.compile("(?<!他|她|们)不(?:算|用算)(?!他|她|是)[^，,。]{0,2}$");
    /** "除了我爸，其他人一共": the person alone, then the others asked about ("除了我爸是低保…", "除了外公都交一档" are not). */
    private static final Pattern EXCEPT = Pattern.compile("除了?([^，,。；;？?是都也还]{1,6}?)(?:以外|之外)?[，,]?(?=其他|其余|剩下|别的)");

    /**
     * The phrases naming the people a message leaves out of the household it asks about: relatives in the employee
     * scheme ("我爸在县城单位上班交职工医保"), "除了我爸", and the person before "不算他" ("我哥在监狱里，不算他";
     * "不算他两个": the two before).
     */
    static String leftOut(String s, String affirmed, CharSequence inEmployeeScheme) {
        StringBuilder out = new StringBuilder(inEmployeeScheme);
        for (String phrase : PHRASE_END.split(affirmed)) {
            // "我在煤矿上班交职工医保" said beside the household's size (a relative's phrase is in inEmployeeScheme already);
            // "大伯在部队当兵"; "我在合肥上大学在学校交了"
            boolean speakerInEmployeeScheme = (phrase.startsWith("我") || phrase.startsWith("俺")) && phrase.contains("职工")
                    && !phrase.contains("居民") && !NO_EMPLOYEE_SCHEME.matcher(phrase).find() && out.indexOf(phrase) < 0;
            if (speakerInEmployeeScheme || ELSEWHERE_COVERED.matcher(phrase).find() && kinCount(phrase) > 0) out.append(phrase);
        }
        Matcher except = EXCEPT.matcher(s);
        while (except.find()) out.append(except.group(1)).append('，');
        List<String> clauses = List.of(PHRASE_BREAK.split(s));
        for (int i : notCounted(clauses)) if (kinCount(clauses.get(i)) > 0) out.append(clauses.get(i)).append('，');
        return out.toString();
    }

    /** The message without its phrases about a member covered elsewhere ("我在合肥上大学在学校交了", "大伯在部队当兵"). */
    private static String withoutCoveredElsewhere(String s) {
        if (!ELSEWHERE_COVERED.matcher(s).find()) return s;
        StringBuilder b = new StringBuilder();
        for (String phrase : PHRASE_END.split(s)) if (!(ELSEWHERE_COVERED.matcher(phrase).find() && kinCount(phrase) > 0)) b.append(phrase);
        return b.toString();
    }

    /** The message without "除了…" and the people before "不算他", for counting the people it lists. */
    private static String withoutLeftOut(String s) {
        List<String> clauses = new ArrayList<>(List.of(PHRASE_BREAK.split(EXCEPT.matcher(s).replaceAll(""))));
        for (int i : notCounted(clauses)) clauses.set(i, "");
        // "我在矿上上班交的职工医保，老婆和两个孩子交居民医保": the speaker is not one of those priced
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            if ((c.startsWith("我") || c.startsWith("俺")) && c.contains("职工") && !c.contains("居民") && !NO_EMPLOYEE_SCHEME.matcher(c).find()
                    && !POSSESSIVE.matcher(c).lookingAt()) clauses.set(i, "");
        }
        return String.join("，", clauses);
    }

    /** The clauses a "不算…" leaves out: its own ("老公在部队当兵不算"), or "不算他" and the one or two people before it. */
    private static Set<Integer> notCounted(List<String> clauses) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (NOT_COUNTED_HERE.matcher(clauses.get(i)).find() && kinCount(clauses.get(i)) > 0) { out.add(i); continue; }
            Matcher not = NOT_COUNTED.matcher(clauses.get(i));
            if (!not.find()) continue;
            out.add(i);
            int wanted = not.group(1) != null || not.group(2) != null ? 2 : 1;
            for (int j = i - 1, taken = 0; j >= 0 && taken < wanted; j--) {
                int n = kinCount(clauses.get(j));
                if (n == 0) continue;
                out.add(j);
                taken += n;
            }
        }
        return out;
    }

    /** The message without its phrases about a relative in the employee scheme ("老婆在矿上交职工医保"). */
    static String inResidentScheme(String s) { return inResidentScheme(s, new StringBuilder()); }

    /** The same, the phrases taken out gathered in {@code removed}. */
    static String inResidentScheme(String s, StringBuilder removed) {
        if (!s.contains("职工")) return s;
        StringBuilder b = new StringBuilder();
        String before = ""; // the phrase before, when it named a relative
        for (String phrase : PHRASE_END.split(s)) {
            String rest = POSSESSIVE.matcher(phrase).replaceAll("");
            // "爸交职工医保": a relative by a one-character word too
            boolean relative = KIN_NAMES.stream().anyMatch(rest::contains) || Parser.containsAny(rest, "儿媳", "女婿", "丈夫", "妻子")
                    || Parser.containsAny(rest, "爸", "妈", "爹", "娘", "哥", "姐", "弟", "妹", "叔", "伯", "舅", "姑", "姨");
            // "女婿在楚雄单位上班，单位给他交了职工医保": he is the relative of the phrase before
            if (!relative && !before.isEmpty() && containsAny(rest, "他", "她") && phrase.contains("职工") && !phrase.contains("居民")
                    && !NO_EMPLOYEE_SCHEME.matcher(phrase).find() && b.toString().endsWith(before)) {
                removed.append(before);
                b.setLength(b.length() - before.length());
                before = "";
                continue;
            }
            before = relative ? phrase : "";
            // "我在楚雄上班有职工医保，我爸妈…他们能参加居民医保不": the speaker's own scheme, the parents asked about
            boolean speakerWhileOthersAsked = (phrase.startsWith("我") || phrase.startsWith("俺"))
                    && containsAny(s, "他们", "她们", "他俩", "她俩", "他两个", "她两个");
            // "…也没职工医保": said not to be in it, they stay
            boolean notInIt = NO_EMPLOYEE_SCHEME.matcher(phrase).find();
            if (phrase.contains("职工") && !phrase.contains("居民") && !notInIt && (relative || speakerWhileOthersAsked)) {
                removed.append(phrase);
                continue;
            }
            b.append(phrase);
        }
        return b.toString();
    }

    /**
     * Where a festival without a year falls: the twelve months from two months before the notice's first payment
     * window opens (杜集's "2020年度" collects from September 2020, 勐腊's 2019 from November 2018).
     */
    private static LocalDate paymentSeason(cn.jumin.yibao.policy.model.Policy p) {
        // a window given only by its end (南川 "集中参保期截至2020年12月20日") opened some three months before it
        return p.windows().stream().map(w -> w.from() != null ? w.from() : w.to() != null ? w.to().minusMonths(3) : null)
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .map(d -> d.minusMonths(2)).orElse(LocalDate.of(p.year() - 1, 7, 1));
    }

    /** The last member spec whose words name this relative, or -1. */
    private static int lastNaming(List<MemberSpec> specs, String who) {
        for (int i = specs.size() - 1; i >= 0; i--) if (specs.get(i).label().contains(who)) return i;
        return -1;
    }

    private static int kinCount(String seg) {
        // "我们是边境村的", "我家是低保户": the household speaking, not one person in it; "我幺爸", "俺娘": one person
        String rest = POSSESSIVE.matcher(WE.matcher(KIN_DOUBLED.matcher(ELDER_YOUNGER.matcher(seg).replaceAll("老$1")).replaceAll("$1"))
                .replaceAll("□")).replaceAll("");
        // "老公哥哥留下的孤儿侄女": the relatives before 的 say whose she is; she is the one person
        Matcher whose = WHOSE.matcher(rest);
        if (whose.matches() && KIN.stream().anyMatch(whose.group(2)::contains) && KIN.stream().anyMatch(whose.group(1)::contains)) rest = whose.group(2);
        int n = 0;
        if (rest.contains("爸妈")) { n += 2; rest = rest.replace("爸妈", "□"); }
        boolean named = KIN_NAMES.stream().anyMatch(rest::contains);
        boolean pronoun = false;
        for (String k : KIN) {
            // "爷爷是低收入家庭70岁贫困老人": 老人 describes the grandfather named, it is no one else
            if (named && GENERIC_KIN.contains(k)) continue;
            // "我哥是特困人员，他…": he and she are the person named, one of their own only when no one is named
            if (k.equals("他") || k.equals("她")) { pronoun |= rest.contains(k); continue; }
            while (rest.contains(k)) { n++; rest = rest.replaceFirst(Pattern.quote(k), "□"); }
        }
        return n == 0 && pronoun ? 1 : n;
    }

    private static final Pattern PHRASE_BREAK = Pattern.compile("[，,。；;！!？?、]");
    private static final Pattern COUNT_CHOOSES = Pattern.compile("(?<=\\D|^)(?=(\\d{1,2})(?:个人?|位)(?:都)?(?:交|买|选|缴|参|按))");

    /**
     * "我和老婆买二档，两个娃儿和我老汉买一档": the people of each phrase that chooses a tier and names no group (a
     * phrase with a group is a member of its own, at the message's tier). None when the message names one tier or none.
     */
    private List<MemberSpec> tierChoices(String s) {
        if (!(s.contains("1档") || s.contains("一档")) || !(s.contains("2档") || s.contains("二档"))) return List.of();
        List<MemberSpec> out = new ArrayList<>();
        // "两个交一档两个交二档": each count starts a phrase of its own
        for (String phrase : PHRASE_BREAK.split(COUNT_CHOOSES.matcher(s).replaceAll("，"))) {
            Integer tier = tierOf(phrase);
            if (tier == null || !groups(phrase).isEmpty() || lexicon.students.keySet().stream().anyMatch(phrase::contains)) continue;
            Matcher counted = COUNT_CHOOSES.matcher(phrase);
            // "我俩参二档": the two of them
            int people = counted.lookingAt() ? Integer.parseInt(counted.group(1)) : containsAny(phrase, "我俩", "我们俩", "咱俩", "俺俩", "他俩", "她俩") ? 2 : headcount(phrase);
            Matcher others = OTHERS_COUNTED.matcher(phrase);
            if (people == 0 && others.find()) people = Integer.parseInt(others.group(1)); // "其他4个普通的买一档"
            if (people > 0) out.add(new MemberSpec(people, Set.of(), null, phrase, tier));
        }
        return out;
    }

    /** The people a message lists, each relative once ("我妈 … 我妈是低保" is one person); he and she are someone named. */
    private static int headcount(String s) {
        // "我想给我爸妈都买二档": the speaker buys for them, and is not one of them
        s = BUYER.matcher(s).replaceAll("");
        s = KIN_DOUBLED.matcher(ELDER_YOUNGER.matcher(s).replaceAll("老$1")).replaceAll("$1");
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        // "我爷爷…我奶奶…2个老的一共": the old people counted are the ones already named
        int eldersNamed = (int) ELDER_WORDS.stream().filter(s::contains).count();
        for (String clause : CLAUSE_BREAK.split(s)) {
            // "老婆 2个娃儿": the counted children, and whoever else the clause names
            Matcher c = COUNTED_KIN.matcher(clause);
            while (c.find()) {
                boolean elders = c.group(2).startsWith("老");
                // "家里两个姑娘…我们两口子加两个女儿": the same two daughters told twice
                if (!seen.add("counted " + c.group(1) + childKind(c.group(2)))) continue;
                if (!(elders && Integer.parseInt(c.group(1)) <= eldersNamed)) n += Integer.parseInt(c.group(1));
            }
            clause = COUNTED_KIN.matcher(clause).replaceAll("□");
            // the old couple (老两口) and the young one (我们两口子) are two couples
            if (containsAny(clause, "老两口", "老2口")) { n += seen.add("old couple") ? 2 : 0; continue; }
            if (containsAny(clause, "两口子", "2口子", "夫妻")) {
                n += seen.add("couple") ? 2 : 0;
                // "我做了结扎，我们两口子…": the speaker is one of the couple
                if (WE.matcher(clause).find() || clause.startsWith("我") || clause.startsWith("俺")) {
                    if (seen.contains("我") || seen.contains("俺")) n--;
                    seen.add("我");
                    seen.add("俺");
                }
                for (String k : KIN_NAMES) if (clause.contains(k)) seen.add(k); // "她跟姑父两口子": 姑父 is one of the two
                for (String k : List.of("姑父", "姑妈", "女婿", "岳父", "岳母")) if (clause.contains(k)) seen.add(k);
                continue;
            }
            String rest = POSSESSIVE.matcher(WE.matcher(clause).replaceAll("□")).replaceAll("");
            if (rest.contains("爸妈")) { n += seen.add("爸") ? 1 : 0; n += seen.add("妈") ? 1 : 0; rest = rest.replace("爸妈", "□"); }
            for (String k : KIN) {
                if (k.equals("他") || k.equals("她")) continue;
                // "两口子…男的一级残疾，女的普通人": the man and the woman of the couple already counted
                if ((k.equals("男的") || k.equals("女的")) && (seen.contains("couple") || seen.contains("old couple"))) continue;
                while (rest.contains(k)) {
                    if (seen.add(k)) n++;
                    rest = rest.replaceFirst(Pattern.quote(k), "□");
                }
            }
        }
        return n;
    }

    /** The one tier a phrase names ("交二档"), or null when it names none or both. */
    private static Integer tierOf(String phrase) {
        boolean one = phrase.contains("一档") || phrase.contains("1档"), two = phrase.contains("二档") || phrase.contains("2档");
        return one == two ? null : one ? 1 : 2;
    }

    /** Daughters, sons or children, whatever word names them. */
    private static String childKind(String word) {
        if (word.matches("姑娘|女儿|闺女")) return "girls";
        if (word.equals("儿子")) return "boys";
        return word.matches("娃|伢|崽|孩子|小孩") ? "children" : word;
    }

    /** 好多 / 多少 before a unit of time asks how long ("好多天之内"); before 年 it says "a long while" ("住了好多年"). */
    private static final Pattern DURATION = Pattern.compile("(多少|好多|几多|几)(天|日|个月)");
    private static final Pattern MANY_YEARS = Pattern.compile("(多少|好多|几多)年");

    private Intent intent(String s, Set<SpecialGroup> groups, Integer people, List<MemberSpec> members, String oos,
                          String otherPlace, String region, boolean babyContext, boolean saysBirth, Identity identity, Boolean employee, Boolean local) {
        if (oos != null) return Intent.OUT_OF_SCOPE;
        // questions about the administration of the scheme rather than a resident's own case: answer from the clause
        // … unless the message asks what someone pays ("县残联认定的残疾人 全家交多少"): that is computed
        // … or whether someone of a group pays at all ("残联认定丧失劳动能力了，他医保还要交钱不")
        boolean groupPays = !groups.isEmpty() && containsAny(s, "交钱", "要交不", "出钱", "掏钱");
        if (lexicon.searchHints.stream().anyMatch(s::contains) && !asksPrice(s) && !groupPays) return Intent.SEARCH;
        // "人均财政补助到底是好多钱": the government's share per person, a fact of the notice, not what a resident pays
        if (containsAny(s, "人均财政", "人均补助", "人均筹资", "财政补助标准", "财政补助多少", "财政补助是好多", "财政补助到底")) return Intent.SEARCH;
        Map<Intent, Integer> score = new EnumMap<>(Intent.class);
        // 好多天 / 好多年 are not questions about money: score the words without them
        String howLong = DURATION.matcher(s).replaceAll("期限");
        boolean asksHowLong = !howLong.equals(s);
        // "我俩的截止时间一样吗": the same day asked about, not the same price
        // "医保到哪里交": 医保 then 到, not 保到 (cover lasting until)
        String scored = TIME_SAME.matcher(MANY_YEARS.matcher(howLong).replaceAll("")).replaceAll("$1").replace("医保到", "医保□到");
        for (Map.Entry<Intent, List<String>> e : lexicon.intents.entrySet()) {
            int n = 0;
            for (String w : e.getValue()) if (scored.contains(w.toLowerCase())) n++;
            if (n > 0) score.put(e.getKey(), n);
        }
        // "我能在勐腊参加居民医保吗": whether one may join there, the place between the words
        if (CAN_JOIN_AT.matcher(s).find()) score.merge(Intent.ELIGIBILITY, 1, Integer::sum);
        // "哦两百八是吧好的晓得了谢谢你": the answer understood, and thanks
        if (score.containsKey(Intent.THANKS) && containsAny(s, "晓得了", "知道了", "明白了", "懂了", "清楚了")) return Intent.THANKS;
        if (asksPrice(s)) score.merge(Intent.FEE, 1, Integer::sum); // "还是280吗"
        // "低保也是一般贫困户，140和280能一起享受不": two subsidies together, not when cover starts
        if (!groups.isEmpty() && containsAny(s, "一起享受", "同时享受", "都能享受", "重复享受", "叠加享受")) {
            score.remove(Intent.BENEFIT_START);
            score.merge(Intent.FEE, 1, Integer::sum);
        }
        if (STILL_JOIN.matcher(s).find()) score.merge(Intent.DEADLINE, 1, Integer::sum); // "4月了还能在勐腊参加吗"
        if (score.containsKey(Intent.CHANNEL) && !containsAny(s, SCHEME_WORDS) && !s.contains("呢") && !s.contains("app")) score.remove(Intent.CHANNEL);
        boolean asksWhen = containsAny(s, "什么时候", "啥时候", "么时候", "几时", "哪天", "多久", "何时", "好久", "几号", "几日", "几月", "开始收", "延到",
                "哪个时候", "哪时候", "啥子时候", "哪阵")
                || asksHowLong;
        boolean asksBenefit = containsAny(s, "能报", "报销", "享受", "待遇", "生效", "能用", "可以用", "用得上", "起保", "保障", "开始保", "保到", "管到", "保多久", "管多久");
        boolean household = (people != null && people >= 2) || members.stream().mapToInt(MemberSpec::count).sum() >= 2;
        // "双胞胎…我们两口子都交了居民医保，两个娃是不是都不用交": the babies' own rule, not the family's total
        if (household && babyContext && score.containsKey(Intent.NEWBORN) && !asksPrice(s)
                && containsAny(s, "不用交", "免交", "免缴", "要不要交", "用不用交", "不交", "带什么", "带啥", "多少天", "几天", "多久")) return Intent.NEWBORN;
        // "全家五口最迟什么时候交": the family is who pays, the question is when; no price asked
        boolean onlyWhen = (asksWhen || score.containsKey(Intent.DEADLINE)) && !score.containsKey(Intent.FEE) && !asksBenefit;
        // "岳父岳母户口在河南…能跟我们一家在杜集交吗": whether they may join here, no price asked
        boolean mayJoinHere = Boolean.FALSE.equals(local) && !asksPrice(s) && !containsAny(s, "一共", "总共", "合计", "加起来");
        // "我屋5口人去年11月交的医保，从么时候到么时候能报销": the family's cover, no price asked
        if (household && asksWhen && asksBenefit && !asksPrice(s) && !babyContext) return Intent.BENEFIT_START;
        // "家里六口人就她一个能少交点吧，她交多少": one person's price, the household only told
        if (household && containsAny(s, "她交多少", "他交多少", "她交好多", "他交好多", "她交几多", "他交几多", "她要交多少", "他要交多少", "她自己交", "他自己交")
                && !containsAny(s, "一共", "总共", "全家", "合计", "加起来", "一起")) return Intent.FEE;
        // "一家4口…第一次要带哪些东西，去哪里办", "6个人的医保最迟哪天要交完": the family is who, the question is not the price
        boolean priceAsked = asksPrice(s) || containsAny(s, "一共", "总共", "合计", "加起来", "多少", "好多", "几多", "掏");
        boolean otherAsked = asksWhen || score.containsKey(Intent.DOCUMENTS) || score.containsKey(Intent.CHANNEL) || score.containsKey(Intent.DEADLINE);
        if (household && !priceAsked && otherAsked) household = false;
        if (household && !onlyWhen && !mayJoinHere && (score.containsKey(Intent.FEE) || score.containsKey(Intent.HOUSEHOLD))) return Intent.HOUSEHOLD;
        // "外地来做生意的，娃娃能上医保不": whether a child from elsewhere may join, not a birth
        boolean childFromElsewhere = Boolean.FALSE.equals(local) && !containsAny(s, "出生", "生了", "生的", "新生儿", "刚生", "落地");
        // "想给娃娃一起交了，集中缴费是哪几天", "忘记给娃交了…还能补交么": a child paid for with the family, no birth said
        boolean childInTheYear = !saysBirth && containsAny(s, "集中缴费", "集中参保", "集中征缴", "缴费期", "征缴期", "补交", "补缴", "忘记", "忘了交", "漏交",
                "补得到", "补得上", "还补", "还能补", "从啥时候", "到啥时候", "开始收", "几号收", "几日收",
                "回去再交", "等过年", "过年回", "来得及"); // "给娃交从啥时候开始到啥时候截止"
        if (babyContext && !childFromElsewhere && !childInTheYear && (score.containsKey(Intent.NEWBORN) || s.contains("新生儿"))) {
            if (containsAny(s, "带哪些", "带啥", "带什么", "证件", "材料")) return Intent.DOCUMENTS; // the baby's papers
            if (containsAny(s, "怎么交", "在哪交", "哪里交", "app", "手机") && !asksWhen) return Intent.CHANNEL;
            return Intent.NEWBORN;
        }
        // "老家已经交过了…还能在杜集再交一份不": insured twice is a question of who may join here
        if (containsAny(s, DUPLICATE) && !asksPrice(s)) return Intent.ELIGIBILITY;
        // "过了2月底还能参保不": a question about the deadline, not about who may join
        boolean lateQuestion = score.containsKey(Intent.DEADLINE)
                && containsAny(s, "过了", "还能", "错过", "晚了", "超过", "之后", "以后", "能办不", "来得及", "还交得", "交得成", "整得成", "还整得", "才想起")
                && !asksWhereToPay(s) // "村委会那点交得成莫得，去哪里交": where, not whether
                && !containsAny(s, "哪登记", "哪里登记", "哪儿登记", "哪办", "哪里办", "哪儿办") // "去哪登记，在俺庄上能办不"
                && !containsAny(s, "登记过了", "交过了", "缴过了", "参保过了", "办过了"); // done already, not late
        // "集中参保那阵没交上，后头还可以参保不": missed, and asking what is left
        lateQuestion |= score.containsKey(Intent.DEADLINE) && containsAny(s, "没交上", "没赶上", "没来得及", "没交成", "错过了")
                && containsAny(s, "还可以", "还能", "后头", "后面", "之后", "最迟", "最晚");
        if (lateQuestion && identity == null && !Boolean.TRUE.equals(employee) && local == null && !score.containsKey(Intent.FEE)) {
            return Intent.DEADLINE;
        }
        // "2018.12.18在信用社交的，还算集中缴费期里面不": whether a day falls in a period, wherever it was paid
        if (containsAny(s, "还算", "算不算", "里面不", "里头不", "以内不", "期内", "期间内") && containsAny(s, "期", "时间内") && !score.containsKey(Intent.FEE)) {
            return Intent.DEADLINE;
        }
        // "可不可以在手机上帮老人交，微信行不行": asks how to pay, not who may join
        if (identity == null && employee == null && local == null && !score.containsKey(Intent.FEE) && !asksWhen
                && !(score.containsKey(Intent.DOCUMENTS) && s.contains("带")) && score.getOrDefault(Intent.CHANNEL, 0) >= 2 && score.getOrDefault(Intent.CHANNEL, 0) >= score.getOrDefault(Intent.ELIGIBILITY, 0)) {
            return Intent.CHANNEL;
        }
        // "哪几个银行能交居民医保": which banks take it, not who may join
        if (containsAny(s, "哪几个银行", "哪些银行", "哪个银行", "什么银行", "哪家银行", "哪几家银行", "啥银行") && identity == null && local == null) return Intent.CHANNEL;
        // "那他们能在村委会那边交吗": a place to pay at, nobody's status asked
        if (PAY_AT_A_PLACE.matcher(s).find() && identity == null && employee == null && local == null && !asksPrice(s)) return Intent.CHANNEL;
        // "人在外省，咋个在手机上给老家的爹妈交医保": how to pay online, from wherever the payer is
        if (PAY_ONLINE_HOW.matcher(s).find() && identity == null && employee == null && !asksPrice(s)) return Intent.CHANNEL;
        // "那这边交医保可不可以用微信": a way to pay named, nobody's status asked
        if (USE_CHANNEL.matcher(s).find() && identity == null && employee == null && local == null && !asksPrice(s)) return Intent.CHANNEL;
        if (identity != null || Boolean.TRUE.equals(employee) || Boolean.FALSE.equals(local) || score.containsKey(Intent.ELIGIBILITY)) {
            if (!score.containsKey(Intent.FEE) || identity != null || Boolean.TRUE.equals(employee)) return Intent.ELIGIBILITY;
        }
        if (household
                || (score.containsKey(Intent.HOUSEHOLD) && (score.containsKey(Intent.FEE) || !groups.isEmpty()) && priceAsked
                    && !(people != null && people == 1))) { // "一个人一年总共交好多": one person's price
            if (!onlyWhen) return Intent.HOUSEHOLD;
        }
        if (asksWhen && asksBenefit) return Intent.BENEFIT_START;
        if (score.containsKey(Intent.BENEFIT_START) && !score.containsKey(Intent.FEE)) return Intent.BENEFIT_START;
        // "参保登记和缴费时间是如何规定的": more words about time than about papers
        // "几号开始停止办理参保缴费": when the window shuts, not what to bring
        boolean asksWindowEdge = asksWhen && containsAny(s, "停止", "截止", "结束", "最晚", "最迟", "到哪天", "开始收", "开始交");
        if (score.containsKey(Intent.DOCUMENTS) && !score.containsKey(Intent.FEE) && !asksWindowEdge
                && score.get(Intent.DOCUMENTS) >= score.getOrDefault(Intent.DEADLINE, 0)) return Intent.DOCUMENTS;
        // "集中收医保钱是从哪天到哪天": a question of when, about the collection
        if (score.containsKey(Intent.CHANNEL) && !score.containsKey(Intent.FEE) && !asksWhen) return Intent.CHANNEL;
        // "医保交多少 几号截止": the price first, the last day after it (ChatEngine.alsoAsked)
        if (asksPrice(s) && asksWindowEdge && !ANY_MONTH.matcher(s).find()) return Intent.FEE;
        if (asksWhen || score.containsKey(Intent.DEADLINE)) {
            if (!score.containsKey(Intent.FEE) || asksWhen) return Intent.DEADLINE;
        }
        if (score.containsKey(Intent.FEE) || !groups.isEmpty()) return Intent.FEE;
        if (s.contains("保费") && s.length() <= 16) return Intent.FEE; // "随县 2021 保费": the search-box way to ask the price
        if (score.containsKey(Intent.THANKS)) return Intent.THANKS;
        if (score.containsKey(Intent.GREETING) && s.length() <= 12) return Intent.GREETING;
        // "你好 南城街道的居民医保能在这问不": asks whether it may ask, and nothing else yet
        if (score.containsKey(Intent.GREETING) && groups.isEmpty() && containsAny(s, MAY_I_ASK)
                && score.keySet().stream().allMatch(i -> i == Intent.GREETING || i == Intent.THANKS)) return Intent.GREETING;
        if (otherPlace != null && region == null && containsAny(s, "医保", "参保", "缴费", "交", "保险")) return Intent.OUT_OF_SCOPE;
        return null;
    }

    private static final String[] MAY_I_ASK = Phrases.of("mayIAsk");
    private static final String[] WHO_CERTIFIES = Phrases.of("whoCertifies");
    /** Insured twice asked about ("再交一份"): a question of who may join here. */
    private static final String[] DUPLICATE = Phrases.of("duplicateEnrollment");
    private static final Pattern PAY_ONLINE_HOW = Pattern.compile("(咋个|怎么|咋|如何|么样|怎样|能不能|可不可以)[^，,。？?]{0,3}(在)?(手机上|网上|微信上|手机里|app上)[^，,。？?]{0,12}(交|缴)");
    private static final Pattern USE_CHANNEL = Pattern.compile("(可不可以|可以|能不能|能|行不行|支不支持|支持)用(微信|支付宝|手机银行|手机|app|云闪付|网银|银行卡)");

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    enum Role { BIRTH, HUKOU, PAYMENT }

    record Dated(LocalDate day, Role role) {}

    private static final Pattern DAY = Pattern.compile("(?:(20\\d\\d)年)?(\\d{1,2})月(\\d{1,2})[日号]");

    /** Dates in a message with what happened on them (born, 落户, paid), judged from the next few characters. */
    static List<Dated> dated(String text, int defaultYear) {
        List<Dated> out = new ArrayList<>();
        Matcher m = DAY.matcher(text);
        int year = defaultYear;
        while (m.find()) {
            if (m.group(1) != null) year = Integer.parseInt(m.group(1));
            // "2021年6月9日（出生后第91天）才登记缴费": what is said in brackets describes the day, it is not what happened on it
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24)).replaceFirst("^[（(][^）)]*[）)]", "");
            after = after.substring(0, Math.min(after.length(), 8));
            // the first thing said after the day is what happened on it ("3月10日出生、当天落户": a birth)
            int hukouAt = firstOf(after, "户口", "落户", "上户", "落的户", "上的户");
            int birthAt = firstOf(after, "生", "出生", "落地");
            int payAt = firstOf(after, "交", "缴", "办", "去", "登记", "参保");
            int first = Math.min(hukouAt, Math.min(birthAt, payAt));
            Role role = first == Integer.MAX_VALUE ? null : first == birthAt ? Role.BIRTH : first == hukouAt ? Role.HUKOU : Role.PAYMENT;
            try {
                if (role != null) out.add(new Dated(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), role));
            } catch (java.time.DateTimeException ignored) {
                // an impossible date is not a date
            }
        }
        return out;
    }

    private static int firstOf(String s, String... words) {
        int at = Integer.MAX_VALUE;
        for (String w : words) {
            int i = s.indexOf(w);
            if (i >= 0 && i < at) at = i;
        }
        return at;
    }

    /** Sentence-final particles: 呢, and its dialect forms 嘞 / 咧 (西南官话), 喃 (四川), 哩. */
    static boolean endsWithAny(String s, String... endings) {
        for (String e : endings) if (s.endsWith(e)) return true;
        return false;
    }

    private static final Pattern DEADLINE_DAY = Pattern.compile(
            "(错过|过了|截止到?|超过|到)了?(20\\d\\d年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}月\\d{1,2}[日号](那天|那一天|当天)?(之后|以后|后|截止|前|之前|没赶上|没有赶上|没赶到|没来得及|没交上|没交成|错过|忘)");

    /** The message names a month but no day of it ("1月份才补交的"). */
    static boolean namesOnlyAMonth(String s) {
        return (MONTH_ONLY.matcher(s).find() || NOW_MONTH.matcher(s).find()) && !MONTH_DAY.matcher(s).find() && !FULL_DATE.matcher(s).find()
                && !ISO_DATE.matcher(s).find();
    }

    /** The day in the message is a deadline ("错过12月20号了"), not the day the resident paid. */
    static boolean namesADeadline(String s) {
        return DEADLINE_DAY.matcher(s).find();
    }

    private static final List<String> ELDER_WORDS = List.of("我妈", "我爸", "我娘", "我爹", "我老爹", "我老娘", "俺娘", "俺爹", "俺妈", "俺爸", "老汉", "老头",
            "爷爷", "奶奶", "外公", "外婆", "公公", "婆婆", "姥姥", "姥爷", "岳父", "岳母", "丈母娘", "老母亲", "老父亲");
    private static final Set<String> GRANDPARENTS = Set.of("爷爷", "奶奶", "外公", "外婆", "公公", "婆婆", "姥姥", "姥爷", "岳父", "岳母", "丈母娘");
    private static final List<String> OWN_FAMILY = List.of("老婆", "老公", "媳妇", "两口子", "2口子", "夫妻", "娃", "伢", "孩子", "儿子", "女儿", "姑娘");

    /**
     * The speaker's parents and grandparents named in a message that also names the speaker's own spouse or children
     * ("我、老婆、8岁的娃，还有我妈": one). Without a spouse or child, "我妈" may be a parent of the family asked about.
     */
    static int elders(String s) {
        // grandparents and parents-in-law are elders whoever speaks; "我妈" only when the speaker names their own children
        boolean ownFamily = OWN_FAMILY.stream().anyMatch(s::contains);
        String t = s.replace("我爸妈", "我爸我妈").replace("俺爸妈", "俺爸俺妈"); // two people
        return (int) ELDER_WORDS.stream().filter(w -> (ownFamily || GRANDPARENTS.contains(w)) && t.contains(w)).count();
    }

    private static final Pattern CHILD_AGED = Pattern.compile("(娃|儿子|女儿|孩子|闺女|姑娘|小孩|伢|崽)[^，,。；;？?]{0,8}?(?<![\\d.])(\\d{1,2})(?:周岁|岁|了)");
    private static final Pattern CHILD_BORN = Pattern.compile("(娃|儿子|女儿|孩子|闺女|姑娘|小孩|伢|崽)[^，,。；;？?]{0,8}?((?:19|20)\\d\\d)年");

    /** "娃今年20了", "儿子是2000年3月生的": how many children the text says are at least {@code age} in {@code year}. */
    static int grownChildren(String s, int age, int year) {
        int n = 0;
        Matcher m = CHILD_AGED.matcher(s);
        while (m.find()) if (Integer.parseInt(m.group(2)) >= age) n++;
        m = CHILD_BORN.matcher(s);
        while (m.find()) if (year - Integer.parseInt(m.group(2)) >= age) n++;
        return n;
    }

    /** A member's phrase names one of the speaker's parents or grandparents ("还有我妈"). */
    static boolean namesAnElder(String phrase) {
        return ELDER_WORDS.stream().anyMatch(phrase::contains);
    }

    /** Words that ask what one pays, whatever else the message asks ("交几多", "是不是交一半"). */
    static boolean asksPrice(String s) {
        return containsAny(s, "交几多", "交好多", "交多少", "多少钱", "好多钱", "几多钱", "多钱", "几个钱", "几块钱", "缴纳多少", "缴纳好多", "折算", "按月算", "按月交", "剩余月份", "资助多少", "补助多少", "自己还要交", "缴费合计", "合计多少", "半年的钱", "交半年", "按全年", "掏多少", "掏好多", "出多少", "出好多",
                "自己出", "交一半", "少交", "多交", "便宜", "优惠", "全款", "交全额", "得交多少", "要交好多", "个人缴多少", "缴多少", "几个月的钱", "档好多", "档多少", "档几多", "交全年", "全年的钱",
                "么样算", "怎么算", "咋算", "咋个算")
                || STILL_THE_PRICE.matcher(s).find();
    }

    /** Asks where or how to pay ("在哪交", "能用微信交不", "咋个交"), whatever else the message asks. */
    static boolean asksWhereToPay(String s) {
        return containsAny(s, "在哪交", "哪里交", "去哪交", "在哪里交", "哪儿交", "咋个交", "怎么交", "咋交", "如何交", "用手机交", "手机交",
                "微信交", "支付宝交", "手机上交", "能用手机", "能用微信", "能用支付宝", "网上交", "线下在哪", "学校交", "屋头交",
                "手机上能交", "手机能交", "手机可以交", "手机上可以交", "网上能交", "网上可以交",
                "用啥子交", "用啥交", "用什么交", "用哪个app", "哪个app", "啥app", "什么app")
                || PAY_AT_A_PLACE.matcher(s).find();
    }

    private static final Pattern CAN_JOIN_AT = Pattern.compile("(能|可以|能不能|可不可以)在[^，,。？?]{1,8}(参加|参保|入保)");

    /** "能在村委会那边交吗", "可以去银行柜台缴不": a place to pay at, asked about. */
    private static final Pattern PAY_AT_A_PLACE = Pattern.compile(
            "(能|可以|可不可以|能不能)(在|去|到)[^，,。？?]{0,6}(村|社区|银行|网点|柜台|税务|大厅|社保所|信用社|农商行|邮政|邮局)[^，,。？?]{0,4}(交|缴)");

    /** "还是280吗": asks whether the price still holds. */
    private static final Pattern STILL_THE_PRICE = Pattern.compile("\\d+(元|块钱?)?(是吧|对吧|对不对|是不是|没错吧)|还是交?\\d+(元|块)?(就)?(够了|行了|行|够|可以了?|完事了?)?[吗不么哦呀嘛啊吧]|是不是[^，,。？?]{0,8}交\\d+|交\\d+(元|块)?还是\\d+|交\\d+(元|块钱?)?[，,]?(是真的|真的假的|真的吗|对吗|对不|是吗)");

    /** Asks when cover starts ("几时能用", "好久开始享受", "从啥时候能报"). */
    static boolean asksCoverStart(String s) {
        return containsAny(s, "什么时候", "啥时候", "么时候", "几时", "哪天", "何时", "好久", "几号", "几日", "几月", "从哪天")
                && containsAny(s, "能报", "报销", "享受", "待遇", "生效", "能用", "可以用", "用得上", "起保");
    }

    static boolean containsAny(String s, String... words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}
