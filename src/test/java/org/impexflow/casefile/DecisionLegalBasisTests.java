package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invariant 4 of the register: a decision carries its legal basis, in the case and in the timeline's line
 * that records it, filled by the kernel from the procedure's decision status; a step that is no decision
 * on the merits has none.
 */
@ImpexflowSpringTest
class DecisionLegalBasisTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aValidatedDeclarationRestsOnTheDeclarationRegimeAndItsFilingOnNothing() {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "VALIDATE");

        assertThat(caseBasis(pi.getBusinessKey()))
                .isEqualTo("Articles L.5124-11 et R.5121-135 du code de la santé publique");
        assertThat(eventBases(pi.getBusinessKey())).containsEntry("VALIDATED",
                "Articles L.5124-11 et R.5121-135 du code de la santé publique");
        assertThat(eventBases(pi.getBusinessKey())).as("filing and acknowledgement are no decisions")
                .containsEntry("FILED", "–");
    }

    @Test
    void aProhibitedExportRestsOnArticleL5124_11() {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "PROHIBIT");

        assertThat(caseBasis(pi.getBusinessKey())).isEqualTo("Article L.5124-11 du code de la santé publique");
        assertThat(eventBases(pi.getBusinessKey())).containsEntry("PROHIBITED",
                "Article L.5124-11 du code de la santé publique");
    }

    @Test
    void aGrantedImportAuthorisationRestsOnTheImportRegime() {
        String number = org.impexflow.support.DecidedCases.grantedImport(engine);

        assertThat(caseBasis(number)).isEqualTo("Articles L.5124-13 et R.5121-111 du code de la santé publique");
        assertThat(eventBases(number)).containsEntry("GRANTED",
                "Articles L.5124-13 et R.5121-111 du code de la santé publique");
    }

    private String caseBasis(String number) {
        return jdbc.queryForObject("SELECT legal_basis FROM case_file WHERE case_number = ?", String.class, number);
    }

    /** Each status the timeline set, with the legal basis of its line ("–" for none). */
    private Map<String, String> eventBases(String number) {
        Map<String, String> bases = new java.util.HashMap<>();
        jdbc.query("SELECT e.status, e.legal_basis FROM case_event e JOIN case_file c ON c.id = e.case_id "
                + "WHERE c.case_number = ? AND e.status IS NOT NULL ORDER BY e.id", rs -> {
                    bases.put(rs.getString(1), rs.getString(2) == null ? "–" : rs.getString(2));
                }, number);
        return bases;
    }
}
