package org.impexflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On H2 (the embedded default), the engine reads a process's variables through an index of their execution,
 * not by reading every variable of every open case.
 */
@ImpexflowSpringTest
class EngineIndexesTests {

    /** The statement by which the engine reads an execution's variables (VariableInstance.xml), its WHERE. */
    private static final String EXECUTION_VARIABLES = "SELECT RES.ID_ FROM ACT_RU_VARIABLE RES "
            + "LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_ "
            + "WHERE EXECUTION_ID_ = ? AND TASK_ID_ IS NULL";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExecutionsVariablesAreReadThroughTheirOwnIndex() {
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = ?"
                + " ORDER BY ORDINAL_POSITION", String.class, EngineIndexes.VARIABLES_BY_EXECUTION))
                .containsExactly("EXECUTION_ID_", "TASK_ID_");

        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + EXECUTION_VARIABLES, String.class,
                pi.getId()));
        assertThat(plan).contains(EngineIndexes.VARIABLES_BY_EXECUTION).doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
        List<String> ids = jdbc.queryForList(EXECUTION_VARIABLES, String.class, pi.getId());
        assertThat(ids).hasSize(engine.getRuntimeService().getVariablesLocal(pi.getId()).size());
    }
}
