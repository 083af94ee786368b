package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.AppClock;
import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.api.db.DatabaseException;
import cn.jumin.yibao.api.db.Writes;
import cn.jumin.yibao.api.problem.Fault;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.MemberQuote;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Payment orders: placed for several payees at once with an idempotency key, priced with the quote engine from the
 * special-group lists valid today, and paid by the channel's signed notification, which flips the order and every
 * payee's coverage in one transaction. The database's constraints keep one paid coverage per person, area and year,
 * one order per key and caller, and one processed notification per channel transaction.
 */
@ApplicationScoped
public class PaymentOrders {
    private static final Logger LOG = Logger.getLogger(PaymentOrders.class.getName());

    /** What a create returned: the order, and whether this call created it (201) or found it (200). */
    public record Placed(OrderView order, boolean created) {}

    private final Database db;
    private final PolicyLibrary library;
    private final QuoteEngine quotes;
    private final AppClock clock;
    private final PaymentChannels channels;
    private final int pendingMinutes;

    @Inject
    public PaymentOrders(Database db, PolicyLibrary library, QuoteEngine quotes, AppClock clock, PaymentChannels channels, Config config) {
        this.db = db;
        this.library = library;
        this.quotes = quotes;
        this.clock = clock;
        this.channels = channels;
        this.pendingMinutes = config.getOptionalValue("payment.pending-minutes", Integer.class).orElse(30);
    }

    public Placed place(Caller caller, String idempotencyKey, OrderRequest req) {
        String hash = sha256(req.canonical());
        Policy policy = library.policy(req.region(), req.year()).orElseThrow();
        LocalDate today = clock.today();
        for (int attempt = 0; ; attempt++) {
            try {
                return db.inTransaction(c -> {
                    Optional<Placed> existing = byKey(c, caller, idempotencyKey, hash);
                    if (existing.isPresent()) return existing.get();
                    return create(c, caller, idempotencyKey, hash, req, policy, today);
                });
            } catch (DatabaseException e) {
                // a concurrent request took the same key, or registered the same new payee: look again
                if ((DatabaseException.isUniqueViolation(e) || DatabaseException.isRetryable(e)) && attempt < 3) continue;
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseException.isUniqueViolation(e) && attempt < 3) continue;
                throw e;
            }
        }
    }

    private Optional<Placed> byKey(Connection c, Caller caller, String key, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, request_hash from payment_order where caller = ? and idempotency_key = ?")) {
            ps.setString(1, caller.key());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                if (!rs.getString(2).equals(hash)) throw ProblemException.of(Kind.CONFLICT, "detail.idempotency-conflict");
                return Optional.of(new Placed(load(c, rs.getString(1)).orElseThrow(), false));
            }
        }
    }

    private Placed create(Connection c, Caller caller, String key, String hash, OrderRequest req, Policy policy, LocalDate today)
            throws SQLException {
        List<Fault> faults = new ArrayList<>();
        List<MemberInput> members = new ArrayList<>();
        for (int i = 0; i < req.payees().size(); i++) {
            OrderRequest.Payee p = req.payees().get(i);
            String field = "payees[" + i + "]";
            if (People.findOrRegister(c, p.idNumber(), p.name()).isEmpty()) {
                faults.add(Fault.of(field + ".name", "payee.name-mismatch"));
                continue;
            }
            if (coverageExists(c, p.idNumber(), req.region(), req.year())) {
                faults.add(Fault.of(field + ".idNumber", "payee.already-paid", ResidentId.mask(p.idNumber()), req.year()));
                continue;
            }
            if (pendingElsewhere(c, p.idNumber(), req.region(), req.year())) {
                faults.add(Fault.of(field + ".idNumber", "payee.pending", ResidentId.mask(p.idNumber())));
                continue;
            }
            Set<SpecialGroup> groups = SubsidyLists.groupsOn(c, p.idNumber(), req.region(), req.year(), today);
            members.add(new MemberInput(String.valueOf(i), ResidentId.birthDate(p.idNumber()), null, null, null, groups));
        }
        if (faults.stream().anyMatch(f -> f.key().equals("payee.name-mismatch"))) {
            throw new ProblemException(Kind.UNPROCESSABLE, "detail.payees", List.of(faults.size()), faults);
        }
        if (!faults.isEmpty()) throw new ProblemException(Kind.CONFLICT, "detail.payees", List.of(faults.size()), faults);

        HouseholdQuote quote = quotes.quote(policy, today, members);
        for (MemberQuote m : quote.members()) {
            String field = "payees[" + m.ref() + "]";
            if (!m.paymentAllowed()) {
                faults.add(Fault.of(field + ".idNumber", "payee.window-closed", reasonOf(m)));
            } else if (!m.determinate()) {
                faults.add(Fault.of(field + ".idNumber", "payee.amount-not-stated"));
            }
        }
        if (!faults.isEmpty()) throw new ProblemException(Kind.UNPROCESSABLE, "detail.payees", List.of(faults.size()), faults);

        String id = UUID.randomUUID().toString();
        OffsetDateTime now = clock.now().toOffsetDateTime();
        BigDecimal total = quote.totalPersonalContribution();
        try (PreparedStatement ps = c.prepareStatement("insert into payment_order (id, caller, idempotency_key, request_hash, region, "
                + "insurance_year, channel, status, total_amount, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, caller.key());
            ps.setString(3, key);
            ps.setString(4, hash);
            ps.setString(5, req.region());
            ps.setInt(6, req.year());
            ps.setString(7, req.channel());
            ps.setBigDecimal(8, total);
            ps.setObject(9, now);
            ps.executeUpdate();
        }
        try (PreparedStatement item = c.prepareStatement("insert into payment_item (order_id, line, id_number, name, "
                + "standard_contribution, subsidy, applied_group, amount, benefit_start, benefit_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement hold = c.prepareStatement("insert into pending_payee (id_number, region, insurance_year, order_id, expires_at) values (?, ?, ?, ?, ?)")) {
            for (MemberQuote m : quote.members()) {
                int line = Integer.parseInt(m.ref());
                OrderRequest.Payee p = req.payees().get(line);
                item.setString(1, id);
                item.setInt(2, line);
                item.setString(3, p.idNumber());
                item.setString(4, People.find(c, p.idNumber()).orElseThrow().name());
                item.setBigDecimal(5, m.standardContribution());
                item.setBigDecimal(6, m.subsidy());
                item.setString(7, m.appliedGroup() == null ? null : m.appliedGroup().name());
                item.setBigDecimal(8, m.personalContribution());
                item.setDate(9, m.benefitStart() == null ? null : Date.valueOf(m.benefitStart()));
                item.setDate(10, m.benefitEnd() == null ? null : Date.valueOf(m.benefitEnd()));
                item.addBatch();
                hold.setString(1, p.idNumber());
                hold.setString(2, req.region());
                hold.setInt(3, req.year());
                hold.setString(4, id);
                hold.setObject(5, OffsetDateTime.now().plusMinutes(pendingMinutes)); // wall-clock time, even when app.today pins the day
                hold.addBatch();
            }
            item.executeBatch();
            hold.executeBatch();
        }
        Audit.record(c, caller.masked(), "PLACE_ORDER", "order:" + id,
                "payees=" + req.payees().stream().map(p -> ResidentId.mask(p.idNumber())).toList() + " total=" + total);
        LOG.info(() -> "order " + id + " placed by " + caller.masked() + " for " + req.payees().size() + " payee(s), total " + total);
        return new Placed(load(c, id).orElseThrow(), true);
    }

    private static String reasonOf(MemberQuote m) {
        return m.notes().stream().filter(n -> n.contains("缴费期") || n.contains("不在") || n.contains("尚未开始")).findFirst().orElse("");
    }

    private static boolean coverageExists(Connection c, String id, String region, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from coverage where id_number = ? and region = ? and insurance_year = ?")) {
            ps.setString(1, id);
            ps.setString(2, region);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Another unpaid, unexpired order holds this payee; an expired hold is released here. */
    private static boolean pendingElsewhere(Connection c, String id, String region, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select expires_at from pending_payee where id_number = ? and region = ? and insurance_year = ?")) {
            ps.setString(1, id);
            ps.setString(2, region);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return false;
                if (rs.getObject(1, OffsetDateTime.class).isAfter(OffsetDateTime.now())) return true;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("delete from pending_payee where id_number = ? and region = ? and insurance_year = ?")) {
            ps.setString(1, id);
            ps.setString(2, region);
            ps.setInt(3, year);
            ps.executeUpdate();
        }
        return false;
    }

    /**
     * The channel's callback, in one transaction: the order row is locked, the signature verified with its channel's
     * secret, then the notification applied once. Returns the order as it stands after.
     */
    public OrderView notify(String orderId, byte[] rawBody, String signature, Notification n) {
        for (int attempt = 0; ; attempt++) {
            try {
                return db.inTransaction(c -> apply(c, orderId, rawBody, signature, n));
            } catch (RuntimeException e) {
                if ((DatabaseException.isUniqueViolation(e) || DatabaseException.isRetryable(e)) && attempt < 5) continue;
                throw e;
            }
        }
    }

    /** Whether the signature is the order's channel's over these bytes (false for an unknown order). */
    public boolean signatureValid(String orderId, byte[] raw, String signature) {
        return find(orderId).map(o -> channels.verify(o.channel(), raw, signature)).orElse(false);
    }

    /** A notification as the channel sends it. */
    public record Notification(String orderId, String channelTransactionId, BigDecimal amount, OffsetDateTime paidAt, String status) {}

    private record Head(String channel, String status, BigDecimal total, String caller, OrderView view) {}

    /** The transaction id was processed before: the same notification again changes nothing; another one is refused. */
    private static OrderView replay(Connection c, Head order, String orderId, Notification n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select order_id, status, amount from channel_notification where channel = ? and channel_transaction_id = ?")) {
            ps.setString(1, order.channel());
            ps.setString(2, n.channelTransactionId());
            try (ResultSet rs = ps.executeQuery()) {
                boolean same = rs.next() && rs.getString(1).equals(orderId) && rs.getString(2).equals(n.status())
                        && rs.getBigDecimal(3).compareTo(n.amount()) == 0;
                if (!same) throw ProblemException.of(Kind.CONFLICT, "detail.transaction-reused");
            }
        }
        return load(c, orderId).orElseThrow();
    }

    private OrderView apply(Connection c, String orderId, byte[] raw, String signature, Notification n) throws SQLException {
        Head order;
        // the row lock serialises notifications for one order: a concurrent copy waits, then sees it processed
        try (PreparedStatement ps = c.prepareStatement("select channel, status, total_amount, caller, region, insurance_year, created_at "
                + "from payment_order where id = ? for update")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw ProblemException.of(Kind.NOT_FOUND, "detail.not-found", "order " + orderId);
                order = new Head(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        new OrderView(orderId, rs.getString(2), rs.getString(5), rs.getInt(6), rs.getString(1), money(rs.getBigDecimal(3)),
                                List.of(), rs.getObject(7, OffsetDateTime.class), null, null));
            }
        }
        if (!channels.verify(order.channel(), raw, signature)) throw ProblemException.of(Kind.UNAUTHORIZED, "detail.bad-signature");
        if (!orderId.equals(n.orderId())) throw ProblemException.of(Kind.CONFLICT, "detail.order-mismatch");
        if (n.amount().compareTo(order.total()) != 0) throw ProblemException.of(Kind.CONFLICT, "detail.amount-mismatch",
                money(order.total()).toPlainString(), n.amount().toPlainString());
        OffsetDateTime now = clock.now().toOffsetDateTime();
        String newStatus = n.status().equals("SUCCESS") ? "PAID" : "FAILED";
        // the transaction id is taken first; if it was taken before, this is a replay (or a reuse)
        try (PreparedStatement ps = c.prepareStatement("insert into channel_notification (channel, channel_transaction_id, order_id, "
                + "status, amount, received_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, order.channel());
            ps.setString(2, n.channelTransactionId());
            ps.setString(3, orderId);
            ps.setString(4, n.status());
            ps.setBigDecimal(5, n.amount());
            ps.setObject(6, now);
            if (ps.executeUpdate() == 0) return replay(c, order, orderId, n);
        }
        if (!order.status().equals("PENDING")) throw ProblemException.of(Kind.CONFLICT, "detail.order-not-pending", order.status());
        boolean paid = newStatus.equals("PAID");
        OffsetDateTime paidAt = paid ? n.paidAt() == null ? now : n.paidAt() : null;
        LocalDate paymentDate = paid ? clock.today() : null;
        Writes settle = new Writes().add("update payment_order set status = ?, paid_at = ?, payment_date = ?, channel_transaction_id = ? "
                + "where id = ? and status = 'PENDING'", newStatus, paidAt, paymentDate, n.channelTransactionId(), orderId);
        if (paid) {
            settle.add("insert into coverage (id_number, region, insurance_year, status, order_id, amount_paid, subsidy, applied_group, "
                    + "benefit_start, benefit_end, paid_by, paid_at) "
                    + "select i.id_number, o.region, o.insurance_year, case when i.amount = 0 then 'EXEMPT' else 'PAID' end, o.id, i.amount, "
                    + "i.subsidy, i.applied_group, i.benefit_start, i.benefit_end, o.caller, ? from payment_item i "
                    + "join payment_order o on o.id = i.order_id where o.id = ?", now, orderId);
        } else {
            // a failed payment frees its payees at once; a paid one needs no release (its coverage now stops new orders)
            settle.add("delete from pending_payee where order_id = ?", orderId);
        }
        Audit.entry(settle, "channel:" + order.channel(), paid ? "PAY" : "PAYMENT_FAILED", "order:" + orderId,
                "transaction=" + n.channelTransactionId() + " amount=" + n.amount() + " placedBy=" + maskCaller(order.caller()));
        try {
            if (settle.run(c, db.isPostgres())[0] == 0) throw ProblemException.of(Kind.CONFLICT, "detail.order-not-pending", order.status());
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) throw ProblemException.of(Kind.CONFLICT, "detail.payee-paid-meanwhile");
            throw e;
        }
        OrderView before = order.view();
        return new OrderView(before.id(), newStatus, before.region(), before.year(), before.channel(), before.totalAmount(),
                items(c, orderId), before.createdAt(), paymentDate, paidAt);
    }

    public Optional<OrderView> find(String id) { return db.inTransaction(c -> load(c, id)); }

    /** The caller who placed an order ("resident:…", "partner:…"). */
    public Optional<String> placedBy(String id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select caller from payment_order where id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public List<OrderView> placedBy(Caller caller, int limit) {
        return db.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from payment_order where caller = ? order by created_at desc, id")) {
                ps.setString(1, caller.key());
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getString(1));
                }
            }
            List<OrderView> out = new ArrayList<>();
            for (String id : ids) out.add(load(c, id).orElseThrow());
            return out;
        });
    }

    static Optional<OrderView> load(Connection c, String id) throws SQLException {
        OrderView head;
        try (PreparedStatement ps = c.prepareStatement("select id, status, region, insurance_year, channel, total_amount, created_at, payment_date, paid_at "
                + "from payment_order where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Date pd = rs.getDate(8);
                head = new OrderView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        money(rs.getBigDecimal(6)), List.of(), rs.getObject(7, OffsetDateTime.class),
                        pd == null ? null : pd.toLocalDate(), rs.getObject(9, OffsetDateTime.class));
            }
        }
        return Optional.of(new OrderView(head.id(), head.status(), head.region(), head.year(), head.channel(), head.totalAmount(),
                items(c, id), head.createdAt(), head.paymentDate(), head.paidAt()));
    }

    /** An order's items, payees masked. */
    static List<OrderView.Item> items(Connection c, String id) throws SQLException {
        List<OrderView.Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id_number, name, standard_contribution, subsidy, applied_group, amount, "
                + "benefit_start, benefit_end from payment_item where order_id = ? order by line")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date bs = rs.getDate(7);
                    Date be = rs.getDate(8);
                    items.add(new OrderView.Item(ResidentId.mask(rs.getString(1)), ResidentId.maskName(rs.getString(2)),
                            money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4)), rs.getString(5), money(rs.getBigDecimal(6)),
                            bs == null ? null : bs.toLocalDate(), be == null ? null : be.toLocalDate()));
                }
            }
        }
        return items;
    }

    static BigDecimal money(BigDecimal v) { return cn.jumin.yibao.policy.engine.Money.yuan(v); }

    static String maskCaller(String caller) {
        return caller.startsWith("resident:") ? "resident:" + ResidentId.mask(caller.substring(9)) : caller;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
