package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case is found by its process through an index, not by reading the whole register (V57). */
@ImpexflowSpringTest
class CaseFileIndexesTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegister register;

    @Test
    void aCaseIsFoundByItsProcessThroughAnIndex() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());

        String plan = String.join("\n", jdbc.queryForList(
                "EXPLAIN SELECT id FROM case_file WHERE process_instance_id = ?", String.class, pi.getId()));
        assertThat(plan).containsIgnoringCase("IX_CASE_FILE_PROCESS");
        assertThat(register.ofProcess(pi.getId())).get().extracting(CaseFile::getNumber)
                .isEqualTo(pi.getBusinessKey());
    }
}
