package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Subsidy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes the synthetic demo population: per area 1,000+ people with valid ID numbers in households, family lists
 * kept by each household head, and list entries for the groups each notice subsidises. Deterministic (fixed seed),
 * so the README's walkthrough family (户主 532301198003150018 张建国, 楚雄市) is always the same.
 */
public final class DemoPopulationLoader {
    static final int PER_AREA = 1000;
    private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "建国华明丽娟军平伟芳敏静秀英强磊洋艳勇杰娜涛超霞刚桂兰玉梅海燕红云春兴福德志永林文亮成晓红宇婷欣怡子涵浩然梓轩雨萱佳琪";

    public int load(Connection c, PolicyLibrary library) throws SQLException {
        Random random = new Random(20201118L);
        Set<String> ids = new HashSet<>();
        int total = 0;
        try (PreparedStatement person = c.prepareStatement("insert into person (id_number, name, created_at) values (?, ?, ?)");
             PreparedStatement family = c.prepareStatement("insert into family_member (owner_id, member_id, relation, created_at) values (?, ?, ?, ?)");
             PreparedStatement group = c.prepareStatement("insert into special_group_entry (region, insurance_year, id_number, group_code, valid_from, valid_to, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now();
            for (Policy p : library.all()) {
                List<SpecialGroup> subsidised = new ArrayList<>();
                for (Subsidy s : p.subsidies()) if (s.kind() != Subsidy.Kind.NOT_STATED) subsidised.addAll(s.groups());
                int people = 0;
                boolean walkthrough = p.region().equals("532301");
                while (people < PER_AREA) {
                    boolean fixed = walkthrough;
                    List<String[]> household = fixed ? walkthroughFamily() : household(p.region(), random, ids);
                    walkthrough = false;
                    String head = household.get(0)[0];
                    for (String[] m : household) {
                        ids.add(m[0]);
                        person.setString(1, m[0]);
                        person.setString(2, m[1]);
                        person.setObject(3, now);
                        person.addBatch();
                        if (!m[0].equals(head)) {
                            family.setString(1, head);
                            family.setString(2, m[0]);
                            family.setString(3, m[2]);
                            family.setObject(4, now);
                            family.addBatch();
                        }
                        SpecialGroup g = m.length > 3 ? SpecialGroup.valueOf(m[3])
                                : !fixed && !subsidised.isEmpty() && random.nextInt(100) < 12 ? subsidised.get(random.nextInt(subsidised.size())) : null;
                        if (g != null && subsidised.contains(g)) {
                            group.setString(1, p.region());
                            group.setInt(2, p.year());
                            group.setString(3, m[0]);
                            group.setString(4, g.name());
                            group.setDate(5, Date.valueOf(SubsidyLists.OPEN_FROM));
                            group.setDate(6, Date.valueOf(SubsidyLists.OPEN_TO));
                            group.setString(7, "demo");
                            group.setObject(8, now);
                            group.addBatch();
                        }
                        people++;
                    }
                }
                person.executeBatch();
                family.executeBatch();
                group.executeBatch();
                total += people;
            }
        }
        return total;
    }

    /** The README's family in 楚雄市: head, spouse, a pupil, a grandmother on the 低保 list, a newborn of 2021. */
    static List<String[]> walkthroughFamily() {
        return List.of(new String[] {"532301198003150018", "张建国", "户主"},
                new String[] {"532301198207080023", "李秀英", "配偶"},
                new String[] {"532301201209010031", "张子涵", "子女"},
                new String[] {"532301195201010047", "王桂兰", "父母", "MINIMUM_LIVING"},
                new String[] {"53230120210310005X", "张梓轩", "子女"});
    }

    private static List<String[]> household(String region, Random r, Set<String> taken) {
        String surname = String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int size = 1 + r.nextInt(5);
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {id(region, date(r, 1955, 1995), r, taken), surname + given(r), "户主"});
        if (size > 1) out.add(new String[] {id(region, date(r, 1955, 1995), r, taken), String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length()))) + given(r), "配偶"});
        for (int i = 2; i < size; i++) {
            boolean elder = r.nextInt(4) == 0;
            out.add(new String[] {id(region, elder ? date(r, 1935, 1960) : date(r, 2000, 2020), r, taken),
                    surname + given(r), elder ? "父母" : "子女"});
        }
        return out;
    }

    private static String given(Random r) {
        StringBuilder b = new StringBuilder().append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        if (r.nextBoolean()) b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        return b.toString();
    }

    private static LocalDate date(Random r, int from, int to) {
        return LocalDate.of(from + r.nextInt(to - from + 1), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static String id(String region, LocalDate birth, Random r, Set<String> taken) {
        while (true) {
            String first = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                    + String.format("%03d", r.nextInt(1000));
            String id = first + ResidentId.checkChar(first);
            if (!taken.contains(id) && !id.startsWith("5323011980031500")) return id;
        }
    }
}
