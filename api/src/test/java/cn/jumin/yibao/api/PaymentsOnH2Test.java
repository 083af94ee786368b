package cn.jumin.yibao.api;

import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;

/** The residents' contract on the embedded H2 database. */
@HelidonTest
@AddConfig(key = "app.today", value = "2020-10-15")
@AddConfig(key = "db.url", value = "jdbc:h2:mem:payments-h2;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000")
class PaymentsOnH2Test extends PaymentsContract {}
