package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Per channel, the orders paid on a day in an area and their amount, and the total: what officers reconcile. */
@ApplicationScoped
public class Reconciliation {
    public record Line(String channel, int orders, BigDecimal amount) {}
    public record Report(String region, LocalDate date, List<Line> channels, Line total) {}

    private final Database db;

    @Inject
    public Reconciliation(Database db) { this.db = db; }

    public Report of(Caller officer, String region, LocalDate date) {
        return db.inTransaction(c -> {
            List<Line> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select channel, count(*), coalesce(sum(total_amount), 0) from payment_order "
                    + "where region = ? and payment_date = ? and status = 'PAID' group by channel order by channel")) {
                ps.setString(1, region);
                ps.setDate(2, Date.valueOf(date));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) lines.add(new Line(rs.getString(1), rs.getInt(2), PaymentOrders.money(rs.getBigDecimal(3))));
                }
            }
            int orders = lines.stream().mapToInt(Line::orders).sum();
            BigDecimal amount = PaymentOrders.money(lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            Audit.record(c, officer.masked(), "VIEW_RECONCILIATION", "region:" + region, date.toString());
            return new Report(region, date, lines, new Line("TOTAL", orders, amount));
        });
    }
}
