package org.impexflow.administration;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's trigger on the audit log {@code reference_change} (migration V31 in db/vendor/h2): refuses every
 * change and removal of a row. PostgreSQL has a trigger function of its own (db/vendor/postgresql).
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("reference_change is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " refused", "42501");
    }
}
