package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.AppClock;
import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.MemberQuote;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Whether a person is covered: PAID or EXEMPT once a payment went through, PENDING while an order holds them,
 * EXEMPT when today's lists give them a full subsidy, UNPAID otherwise. Visible to the person, a resident who has
 * them on the family list, the partner that placed their order, and officers of the area; to nobody else.
 */
@ApplicationScoped
public class Coverages {
    private final Database db;
    private final PolicyLibrary library;
    private final QuoteEngine quotes;
    private final AppClock clock;

    @Inject
    public Coverages(Database db, PolicyLibrary library, QuoteEngine quotes, AppClock clock) {
        this.db = db;
        this.library = library;
        this.quotes = quotes;
        this.clock = clock;
    }

    public CoverageView of(Caller caller, String id, Policy policy) {
        return db.inTransaction(c -> {
            if (!maySee(c, caller, id, policy.region())) throw ProblemException.of(Kind.NOT_FOUND, "detail.not-found", ResidentId.mask(id));
            Audit.record(c, caller.masked(), "VIEW_COVERAGE", ResidentId.mask(id), policy.documentId());
            return lookup(c, id, policy);
        });
    }

    private boolean maySee(Connection c, Caller caller, String id, String region) throws SQLException {
        return switch (caller.kind()) {
            case RESIDENT -> caller.is(id) || People.inFamily(c, caller.idNumber(), id);
            case OFFICER -> caller.region().equals(region);
            case PARTNER -> placedFor(c, caller.key(), id);
        };
    }

    private static boolean placedFor(Connection c, String callerKey, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from payment_order o join payment_item i on i.order_id = o.id "
                + "where o.caller = ? and i.id_number = ?")) {
            ps.setString(1, callerKey);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private CoverageView lookup(Connection c, String id, Policy p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select status, amount_paid, subsidy, applied_group, benefit_start, benefit_end, "
                + "paid_by, order_id from coverage where id_number = ? and region = ? and insurance_year = ?")) {
            ps.setString(1, id);
            ps.setString(2, p.region());
            ps.setInt(3, p.year());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Date bs = rs.getDate(5);
                    Date be = rs.getDate(6);
                    return new CoverageView(ResidentId.mask(id), p.region(), p.year(), rs.getString(1), PaymentOrders.money(rs.getBigDecimal(2)),
                            PaymentOrders.money(rs.getBigDecimal(3)), rs.getString(4), bs == null ? null : bs.toLocalDate(),
                            be == null ? null : be.toLocalDate(), PaymentOrders.maskCaller(rs.getString(7)), rs.getString(8));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select i.amount, i.subsidy, i.applied_group, o.caller, o.id from pending_payee h "
                + "join payment_order o on o.id = h.order_id join payment_item i on i.order_id = o.id and i.id_number = h.id_number "
                + "where h.id_number = ? and h.region = ? and h.insurance_year = ? and h.expires_at > ?")) {
            ps.setString(1, id);
            ps.setString(2, p.region());
            ps.setInt(3, p.year());
            ps.setObject(4, OffsetDateTime.now());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new CoverageView(ResidentId.mask(id), p.region(), p.year(), "PENDING", null,
                            PaymentOrders.money(rs.getBigDecimal(2)), rs.getString(3), null, null,
                            PaymentOrders.maskCaller(rs.getString(4)), rs.getString(5));
                }
            }
        }
        var groups = SubsidyLists.groupsOn(c, id, p.region(), p.year(), clock.today());
        if (!groups.isEmpty()) {
            MemberQuote q = quotes.quote(p, clock.today(), List.of(new MemberInput("p", ResidentId.birthDate(id), null, null, null, groups)))
                    .members().get(0);
            if (q.determinate() && q.personalContribution().signum() == 0) {
                return new CoverageView(ResidentId.mask(id), p.region(), p.year(), "EXEMPT", q.personalContribution(), q.subsidy(),
                        q.appliedGroup().name(), null, null, null, null);
            }
        }
        return new CoverageView(ResidentId.mask(id), p.region(), p.year(), "UNPAID", null, null, null, null, null, null, null);
    }

    public PolicyLibrary library() { return library; }
}
