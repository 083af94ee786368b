package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.policy.model.SpecialGroup;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** The special-group lists officers import, and the groups a person holds on a day (SQL). */
final class SubsidyLists {
    static final LocalDate OPEN_FROM = LocalDate.of(1900, 1, 1);
    static final LocalDate OPEN_TO = LocalDate.of(9999, 12, 31);

    private SubsidyLists() {}

    /** The groups a person is listed in for an area and year, valid on the day. */
    static Set<SpecialGroup> groupsOn(Connection c, String id, String region, int year, LocalDate day) throws SQLException {
        Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        try (PreparedStatement ps = c.prepareStatement("select group_code from special_group_entry "
                + "where id_number = ? and region = ? and insurance_year = ? and valid_from <= ? and valid_to >= ?")) {
            ps.setString(1, id);
            ps.setString(2, region);
            ps.setInt(3, year);
            ps.setDate(4, Date.valueOf(day));
            ps.setDate(5, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) groups.add(SpecialGroup.valueOf(rs.getString(1)));
            }
        }
        return groups;
    }

    /** Inserts one list row; false when the same row is already there (importing twice changes nothing). */
    static boolean add(Connection c, String region, int year, String id, SpecialGroup g, LocalDate from, LocalDate to,
                       String by) throws SQLException {
        LocalDate f = from == null ? OPEN_FROM : from;
        LocalDate t = to == null ? OPEN_TO : to;
        try (PreparedStatement ps = c.prepareStatement("select 1 from special_group_entry where region = ? and insurance_year = ? "
                + "and id_number = ? and group_code = ? and valid_from = ? and valid_to = ?")) {
            ps.setString(1, region);
            ps.setInt(2, year);
            ps.setString(3, id);
            ps.setString(4, g.name());
            ps.setDate(5, Date.valueOf(f));
            ps.setDate(6, Date.valueOf(t));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into special_group_entry "
                + "(region, insurance_year, id_number, group_code, valid_from, valid_to, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, region);
            ps.setInt(2, year);
            ps.setString(3, id);
            ps.setString(4, g.name());
            ps.setDate(5, Date.valueOf(f));
            ps.setDate(6, Date.valueOf(t));
            ps.setString(7, by);
            ps.setObject(8, OffsetDateTime.now());
            ps.executeUpdate();
        }
        return true;
    }
}
