package org.impexflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.impexflow.support.LocalPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On PostgreSQL, the count of a queue that Tasklist asks for with every list is read from an index alone. Run
 * on the PostgreSQL that tools/postgres/start.sh starts on 127.0.0.1 (database {@code impexflow_migration},
 * in a schema of its own), skipped without it. The engine's tables are reduced to the columns the count reads.
 */
class EngineIndexesPostgresTests {

    private static final String SCHEMA = "engine_indexes_test";

    /** The engine's count of the queue "Déclarations à instruire" on PostgreSQL (Task.xml, as PostgreSQL logged it). */
    private static final String QUEUE_COUNT = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from " + SCHEMA + ".ACT_RU_TASK RES "
            + "left join " + SCHEMA + ".ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join (SELECT A.* FROM "
            + SCHEMA + ".ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND (A.USER_ID_ in ('reviewer@ansm.example', '*') "
            + "OR A.GROUP_ID_ IN ('ansm-reviewers')) AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 "
            + "OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')) "
            + "WHERE (1 = 1 and RES.TASK_DEF_KEY_ = 'Task_ReviewDeclaration' and D.KEY_ = 'export-declaration') "
            + "and ((RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL)) and (RES.TENANT_ID_ is null)) "
            + "countDistinct";

    private SingleConnectionDataSource postgres;
    private JdbcTemplate jdbc;

    @BeforeEach
    void engineTables() {
        postgres = LocalPostgres.database("impexflow_migration");
        jdbc = new JdbcTemplate(postgres);
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + SCHEMA);
        jdbc.execute("CREATE TABLE " + SCHEMA + ".ACT_RU_TASK (ID_ varchar(64) PRIMARY KEY, TASK_DEF_KEY_ varchar(255), "
                + "DUE_DATE_ timestamp, PROC_DEF_ID_ varchar(64), CASE_EXECUTION_ID_ varchar(64), TENANT_ID_ varchar(64), "
                + "DESCRIPTION_ varchar(4000))");
        jdbc.execute("CREATE TABLE " + SCHEMA + ".ACT_RE_PROCDEF (ID_ varchar(64) PRIMARY KEY, KEY_ varchar(255))");
        jdbc.execute("CREATE TABLE " + SCHEMA + ".ACT_RU_AUTHORIZATION (ID_ varchar(64) PRIMARY KEY, TYPE_ integer, "
                + "GROUP_ID_ varchar(255), USER_ID_ varchar(255), RESOURCE_TYPE_ integer, RESOURCE_ID_ varchar(255), "
                + "PERMS_ integer)");
    }

    @AfterEach
    void dropThem() {
        if (jdbc != null) {
            jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            postgres.destroy();
        }
    }

    @Test
    void theCountOfAQueueIsReadFromAnIndexAlone() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres);
        configuration.setDatabaseType("postgres");
        configuration.setDatabaseTablePrefix(SCHEMA + ".");
        EngineIndexes indexes = new EngineIndexes();
        indexes.preInit(configuration);
        indexes.postProcessEngineBuild(null);
        indexes.postProcessEngineBuild(null); // a second start finds them there

        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = ?",
                String.class, SCHEMA, EngineIndexes.TASK_COUNT.toLowerCase()))
                .endsWith("(task_def_key_, id_) INCLUDE (proc_def_id_, case_execution_id_, tenant_id_)");

        jdbc.update("INSERT INTO " + SCHEMA + ".ACT_RE_PROCDEF VALUES ('export-declaration:1:1', 'export-declaration')");
        jdbc.update("INSERT INTO " + SCHEMA + ".ACT_RU_AUTHORIZATION VALUES ('a1', 1, 'ansm-reviewers', NULL, 6, "
                + "'export-declaration', 64)");
        // rows as wide as the engine's (a task row is about 1.5 kB on PostgreSQL)
        jdbc.update("INSERT INTO " + SCHEMA + ".ACT_RU_TASK SELECT 'task-' || n, 'Task_ReviewDeclaration', "
                + "now() + n * interval '1 minute', 'export-declaration:1:1', NULL, NULL, repeat('x', 1500) "
                + "FROM generate_series(1, 5000) n");
        jdbc.execute("VACUUM ANALYZE " + SCHEMA + ".ACT_RU_TASK");

        assertThat(jdbc.queryForObject(QUEUE_COUNT, Long.class)).isEqualTo(5000L);
        String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + QUEUE_COUNT, String.class));
        assertThat(plan).contains("Index Only Scan using " + EngineIndexes.TASK_COUNT.toLowerCase());
    }
}
