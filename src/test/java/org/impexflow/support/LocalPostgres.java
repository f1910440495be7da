package org.impexflow.support;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The PostgreSQL that tools/postgres/start.sh starts on 127.0.0.1 (role and password {@code impexflow}), for
 * the tests that run on it; a test that needs it is skipped, saying how to start it, when it is not there.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    /** One connection to {@code database}, or the calling test skipped. */
    public static SingleConnectionDataSource database(String database) {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        boolean up;
        try (Connection probe = DriverManager.getConnection(url, "impexflow", "impexflow")) {
            up = probe.isValid(2);
        } catch (Exception absent) {
            up = false;
        }
        Assumptions.assumeTrue(up, "no PostgreSQL at " + url + " (tools/postgres/start.sh " + database + ")");
        return new SingleConnectionDataSource(url, "impexflow", "impexflow", true);
    }
}
