package org.impexflow.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine lacks for the work queues of Tasklist (docs/benchmarks.md):
 * <ul>
 * <li>its task table by task definition and due date: the queues ("Déclarations à instruire", by due date)
 * can read the tasks in due-date order instead of sorting every open task (at 100,000 open reviews on
 * PostgreSQL the page query went from 151 to 86 ms);</li>
 * <li>its authorizations by user: every task query reads the grants of the user or of their groups, and
 * the engine indexes groups alone but users only behind the grant's type, so PostgreSQL read the whole table
 * (one row per case of every establishment) three times per page of the queue; with both it reads a few
 * rows of two indexes (20,000 open cases: the page 222 to 144 ms, with its count 360 to 259 ms, median).</li>
 * </ul>
 * The engine creates its tables after our migrations, so the indexes are created here, once the engine is
 * built, and only when missing (H2 and PostgreSQL both know IF NOT EXISTS).
 */
@Component
class ReviewQueueIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "IX_IMPEXFLOW_TASK_QUEUE";
    static final String AUTHORIZATIONS_BY_USER = "IX_IMPEXFLOW_AUTH_USER";

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            String prefix = configuration.getDatabaseTablePrefix();
            statement.execute("CREATE INDEX IF NOT EXISTS " + NAME + " ON " + prefix + "ACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)");
            statement.execute("CREATE INDEX IF NOT EXISTS " + AUTHORIZATIONS_BY_USER + " ON " + prefix
                    + "ACT_RU_AUTHORIZATION (USER_ID_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the indexes of the task queues", e);
        }
    }
}
