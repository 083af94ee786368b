package cn.jumin.yibao.api;

import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;

/**
 * The residents' contract on PostgreSQL (127.0.0.1:5432, database test, trust auth; .ci/run starts it), in a fresh
 * schema of its own.
 */
@HelidonTest
@AddConfig(key = "app.today", value = "2020-10-15")
@AddConfig(key = "db.url", value = "jdbc:postgresql://127.0.0.1:5432/test")
@AddConfig(key = "db.user", value = "postgres")
@AddConfig(key = "db.schema", value = "test_payments")
@AddConfig(key = "db.test-clean", value = "true")
class PaymentsOnPostgresTest extends PaymentsContract {}
