package org.impexflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration's cases at the first start: export declarations and import authorisations filed
 * through the engine with their medicine, as a declarant would (a database of their own; without the
 * coverage plugin, which counts only what tests start).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.class)
@TestPropertySource(properties = {"impexflow.demo.cases=true",
        "spring.datasource.url=jdbc:h2:mem:impexflow-demo-cases;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class DemoCasesTests {

    @Autowired
    HistoryService history;

    @Test
    void exportDeclarationsAndImportAuthorisationsAreFiledWithTheirMedicine() {
        assertFiledWithMedicine("export-declaration", 3, "Artéméther/luméfantrine 20 mg/120 mg Démo", "comprimé");
        assertFiledWithMedicine("import-authorisation", 2, "Artésunate 60 mg Démo", "poudre pour solution injectable");
        assertThat(history.createHistoricVariableInstanceQuery().variableName("declarationType").list())
                .extracting(v -> v.getValue()).containsOnly("DEI");
    }

    private void assertFiledWithMedicine(String process, int cases, String medicine, String form) {
        List<HistoricProcessInstance> filed = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(process).list();
        assertThat(filed).hasSize(cases);
        for (HistoricProcessInstance instance : filed) {
            for (String field : List.of("medicineName", "activeSubstances", "strength", "pharmaceuticalForm")) {
                assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                        .variableName(field).singleResult()).as("%s of %s", field, process).isNotNull()
                        .satisfies(v -> assertThat(v.getValue()).asString().isNotBlank());
            }
        }
        assertThat(history.createHistoricVariableInstanceQuery().variableName("medicineName").list())
                .extracting(v -> v.getValue()).contains(medicine);
        assertThat(history.createHistoricVariableInstanceQuery().variableName("pharmaceuticalForm").list())
                .extracting(v -> v.getValue()).contains(form);
    }
}
