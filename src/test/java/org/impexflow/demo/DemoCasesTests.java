package org.impexflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.AuthorisationStatus;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demonstration's cases, filed in the application the other tests use (no second application: it
 * would take over the static engine of Camunda's webapps): each procedure's cases are registered with
 * their medicine, and the ones the demo decides are decided.
 */
@ImpexflowSpringTest
class DemoCasesTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NarcoticsOperators narcotics;
    @Autowired
    Establishments establishments;
    @Autowired
    DeclarationRegister declarations;
    @Autowired
    AuthorisationRegister authorisations;

    private DemoCases demo() {
        return new DemoCases(engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(),
                engine.getIdentityService(), narcotics, establishments);
    }

    @Test
    void theDemosExportDeclarationsAreRegisteredWithTheirMedicineAndTheFirstIsValidated() {
        List<ProcessInstance> filed = demo().fileExports();
        filed.forEach(pi -> Declarations.runJobs(engine, pi.getId()));

        assertThat(filed).hasSize(3).allSatisfy(pi -> assertThat(declarations.byNumber(pi.getBusinessKey()))
                .as("case %s", pi.getBusinessKey()).isPresent());
        assertThat(declarations.byNumber(filed.get(0).getBusinessKey()).orElseThrow())
                .satisfies(d -> assertThat(d.getMedicineName()).isEqualTo("Artéméther/luméfantrine 20 mg/120 mg Démo"))
                .satisfies(d -> assertThat(d.getPharmaceuticalForm()).isEqualTo("comprimé"))
                .satisfies(d -> assertThat(d.getStatus()).isEqualTo(DeclarationStatus.VALIDATED));
        assertThat(declarations.byNumber(filed.get(1).getBusinessKey()).orElseThrow().getStatus())
                .isNotEqualTo(DeclarationStatus.VALIDATED);
    }

    @Test
    void theDemosImportAuthorisationsAreRegisteredWithTheirMedicineAndTheFirstIsGranted() {
        List<ProcessInstance> filed = demo().fileImports();
        filed.forEach(pi -> Declarations.runJobs(engine, pi.getId()));

        assertThat(authorisations.byNumber(filed.get(0).getBusinessKey()).orElseThrow())
                .satisfies(a -> assertThat(a.getMedicineName()).isEqualTo("Artésunate 60 mg Démo"))
                .satisfies(a -> assertThat(a.getPharmaceuticalForm()).isEqualTo("poudre pour solution injectable"))
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(AuthorisationStatus.GRANTED));
        assertThat(authorisations.byNumber(filed.get(1).getBusinessKey()).orElseThrow())
                .satisfies(a -> assertThat(a.getMedicineName()).isEqualTo("Quinine 300 mg Démo"))
                .satisfies(a -> assertThat(a.getStatus()).isNotEqualTo(AuthorisationStatus.GRANTED));
    }
}
