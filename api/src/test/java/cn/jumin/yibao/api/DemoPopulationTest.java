package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo population: at least 1,000 people per area, every ID number valid, households and listed groups. */
class DemoPopulationTest {
    @Test
    void everyAreaGetsAThousandValidPeopleWithHouseholdsAndGroups() throws Exception {
        Database db = new Database("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", null, 2, Path.of("target"), false);
        try {
            PolicyLibrary lib = PolicyLibrary.load();
            int loaded = db.inTransaction(c -> new cn.jumin.yibao.api.residents.DemoPopulationLoader().load(c, lib));
            assertTrue(loaded >= 5000, "loaded " + loaded);
            Map<String, Integer> perArea = new HashMap<>();
            db.inTransaction(c -> {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select id_number from person")) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        assertTrue(ResidentId.isValid(id), id);
                        perArea.merge(id.substring(0, 6), 1, Integer::sum);
                    }
                }
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select count(distinct owner_id), count(*) from family_member")) {
                    rs.next();
                    assertTrue(rs.getInt(1) > 500 && rs.getInt(2) > 2000, "households " + rs.getInt(1) + ", members " + rs.getInt(2));
                }
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*), count(distinct region) from special_group_entry")) {
                    rs.next();
                    assertTrue(rs.getInt(1) > 300 && rs.getInt(2) == 5, rs.getInt(1) + " entries in " + rs.getInt(2) + " areas");
                }
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "select relation from family_member where owner_id = '532301198003150018' order by member_id")) {
                    int n = 0;
                    while (rs.next()) n++;
                    assertEquals(4, n, "the README family");
                }
                return null;
            });
            for (String region : lib.regions()) assertTrue(perArea.getOrDefault(region, 0) >= 1000, region + ": " + perArea.get(region));
        } finally {
            db.close();
        }
    }
}
