package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.policy.id.ResidentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Persons and family lists (SQL). */
final class People {
    private People() {}

    record Person(String idNumber, String name) {}

    record FamilyMember(String idNumber, String name, String relation) {}

    static Optional<Person> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id_number, name from person where id_number = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Person(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** The person with this ID, registering them when new; empty when a known person's name differs. */
    static Optional<Person> findOrRegister(Connection c, String id, String name) throws SQLException {
        Optional<Person> p = find(c, id);
        if (p.isPresent()) return sameName(p.get().name(), name) ? p : Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("insert into person (id_number, name, created_at) values (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, name.strip());
            ps.setObject(3, OffsetDateTime.now());
            ps.executeUpdate();
        }
        return Optional.of(new Person(id, name.strip()));
    }

    static boolean sameName(String a, String b) { return a.strip().equals(b.strip()); }

    static List<FamilyMember> family(Connection c, String owner) throws SQLException {
        List<FamilyMember> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select p.id_number, p.name, f.relation from family_member f join person p on p.id_number = f.member_id "
                        + "where f.owner_id = ? order by f.created_at, p.id_number")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new FamilyMember(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    static boolean inFamily(Connection c, String owner, String member) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from family_member where owner_id = ? and member_id = ?")) {
            ps.setString(1, owner);
            ps.setString(2, member);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Adds a member; false when already there. */
    static boolean addFamily(Connection c, String owner, String member, String relation) throws SQLException {
        if (inFamily(c, owner, member)) return false;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into family_member (owner_id, member_id, relation, created_at) values (?, ?, ?, ?)")) {
            ps.setString(1, owner);
            ps.setString(2, member);
            ps.setString(3, relation);
            ps.setObject(4, OffsetDateTime.now());
            ps.executeUpdate();
        }
        return true;
    }

    static boolean removeFamily(Connection c, String owner, String member) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from family_member where owner_id = ? and member_id = ?")) {
            ps.setString(1, owner);
            ps.setString(2, member);
            return ps.executeUpdate() > 0;
        }
    }

    static String masked(String id) { return ResidentId.mask(id); }
}
