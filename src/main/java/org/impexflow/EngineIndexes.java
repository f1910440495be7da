package org.impexflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine lacks (docs/benchmarks.md), created by this engine plugin once the engine is built, and
 * only when missing (H2 and PostgreSQL both know IF NOT EXISTS; the engine creates its tables after our
 * migrations):
 * <ul>
 * <li>its task table by task definition and due date: the queues ("Déclarations à instruire", by due date)
 * can read the tasks in due-date order instead of sorting every open task (at 100,000 open reviews on
 * PostgreSQL the page query went from 151 to 86 ms);</li>
 * <li>its authorizations by user: every task query reads the grants of the user or of their groups, and
 * the engine indexes groups alone but users only behind the grant's type, so PostgreSQL read the whole table
 * (one row per case of every establishment) three times per page of the queue; with both it reads a few
 * rows of two indexes (20,000 open cases: the page 222 to 144 ms, with its count 360 to 259 ms, median);</li>
 * <li>on H2 only, its variables by execution and task: the engine reads a process's variables with
 * {@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}, and H2, which has no index of its own on
 * {@code EXECUTION_ID_} but the foreign key's, answered it from the index of {@code TASK_ID_}, that is by
 * reading every variable of every open case (each job, each task completed: 0.5 s at 1,200 open cases,
 * growing with them). PostgreSQL has the engine's {@code ACT_IDX_VAR_EXE} and plans it well.</li>
 * <li>on PostgreSQL only, its task table by task definition and id with the other columns the count of a
 * queue reads: Tasklist counts the filter's tasks with every list, and PostgreSQL then reads this index alone
 * (an index-only scan) instead of every task's row (100,000 open reviews: the count 237–283 to 141–156 ms in the database).
 * H2 has no such scan.</li>
 * </ul>
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    public static final String TASK_QUEUE = "IX_IMPEXFLOW_TASK_QUEUE";
    public static final String AUTHORIZATIONS_BY_USER = "IX_IMPEXFLOW_AUTH_USER";
    public static final String VARIABLES_BY_EXECUTION = "IX_IMPEXFLOW_VAR_EXE_TASK";
    public static final String TASK_COUNT = "IX_IMPEXFLOW_TASK_COUNT";

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
            statement.execute("CREATE INDEX IF NOT EXISTS " + TASK_QUEUE + " ON " + prefix + "ACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)");
            statement.execute("CREATE INDEX IF NOT EXISTS " + AUTHORIZATIONS_BY_USER + " ON " + prefix
                    + "ACT_RU_AUTHORIZATION (USER_ID_)");
            if ("h2".equals(configuration.getDatabaseType())) {
                statement.execute("CREATE INDEX IF NOT EXISTS " + VARIABLES_BY_EXECUTION + " ON " + prefix
                        + "ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");
            }
            if ("postgres".equals(configuration.getDatabaseType())) {
                statement.execute("CREATE INDEX IF NOT EXISTS " + TASK_COUNT + " ON " + prefix
                        + "ACT_RU_TASK (TASK_DEF_KEY_, ID_) INCLUDE (PROC_DEF_ID_, CASE_EXECUTION_ID_, TENANT_ID_)");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the indexes the engine lacks", e);
        }
    }
}
