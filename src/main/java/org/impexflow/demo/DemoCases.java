package org.impexflow.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.impexflow.engine.EngineIdentity;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.narcotics.StockItem;
import org.impexflow.narcotics.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few cases at the first start of the demo, filed and reviewed by the demo accounts through the
 * engine as users would: export declarations (one validated, its PDF and mails follow; one waiting in
 * the reviewers' queue; one whose destination has no authority on record) and import authorisations
 * (one granted for a series of imports, one waiting for review).
 */
@Component
@ConditionalOnProperty(name = {"impexflow.demo.enabled", "impexflow.demo.cases"}, havingValue = "true")
record DemoCases(
        RuntimeService runtime,
        TaskService tasks,
        HistoryService history,
        IdentityService identity,
        NarcoticsOperators narcotics,
        Establishments establishments) {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String PROCESS = "export-declaration";
    private static final String IMPORT_PROCESS = "import-authorisation";
    private static final String ANNUAL_PROCESS = "annual-narcotics-declaration";
    private static final String REVIEWER = "reviewer@ansm.example";

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void file() {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count() == 0) {
            fileExports();
        }
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(IMPORT_PROCESS).count() == 0) {
            fileImports();
        }
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ANNUAL_PROCESS).count() == 0) {
            openAnnualDeclaration();
        }
    }

    /**
     * Laboratoire Démo is an operator of narcotics, its declarant a Manager: its declaration of the
     * past year is open (already late when the demo starts after 15 February).
     */
    private void openAnnualDeclaration() {
        Long demo = establishments.bySiret(DemoData.DEMO_SIRET).orElseThrow().getId();
        narcotics.register(demo, java.time.LocalDate.of(2020, 1, 1));
        narcotics.addManager(demo, DemoData.DECLARANT);
        if (narcotics.items(demo, NarcoticsOperators.Kind.SUBSTANCE, 2000).isEmpty()) {
            narcotics.addItem(demo, NarcoticsOperators.Kind.SUBSTANCE, new StockItem("Morphine (sulfate de)",
                    "NDS-DEMO-001", "03400912345678", "6211-15-0", Unit.GRAM, null));
            narcotics.addItem(demo, NarcoticsOperators.Kind.SUBSTANCE, new StockItem("Méthadone (chlorhydrate de)",
                    "NDS-DEMO-002", null, "1095-90-5", Unit.GRAM, null));
            narcotics.addItem(demo, NarcoticsOperators.Kind.PREPARATION, new StockItem(
                    "Morphine solution buvable 1 mg/ml", "NDS-DEMO-101", "03400998765432", null, Unit.MILLIGRAM, null));
        }
        int year = java.time.LocalDate.now().getYear() - 1;
        narcotics.recordAuthorisation(demo, "AI-STUP-" + year + "-0042", NarcoticsOperators.Direction.IMPORT,
                "NDS-DEMO-001", new java.math.BigDecimal("50"), java.time.LocalDate.of(year, 3, 12));
        runtime.startProcessInstanceByKey(ANNUAL_PROCESS, Map.of("operatorId", demo, "declaredYear", year));
        LOG.info("Demo: Laboratoire Démo's annual narcotics declaration of last year is open");
    }

    /** The export declarations of the demo: three filed, the first validated. */
    List<ProcessInstance> fileExports() {
        ProcessInstance validated = fileAsDeclarant(declaration("Artéméther/luméfantrine 20 mg/120 mg Démo",
                "artéméther 20 mg ; luméfantrine 120 mg", "20 mg / 120 mg", "comprimé", "SN",
                "Pharmacie Nationale d'Approvisionnement", "Route du Front de Terre, Dakar, Sénégal"));
        ProcessInstance waiting = fileAsDeclarant(declaration("Benznidazole 100 mg Démo", "benznidazole 100 mg", "100 mg", "comprimé", "CI",
                "Nouvelle Pharmacie de la Santé Publique", "Boulevard de Marseille, Abidjan, Côte d'Ivoire"));
        ProcessInstance noAuthority = fileAsDeclarant(declaration("Miltéfosine 50 mg Démo", "miltéfosine 50 mg", "50 mg", "gélule", "VN",
                "Central Pharmaceutical Company No. 1", "Hanoï, Viêt Nam"));
        decide(validated, "VALIDATE");
        LOG.info("Demo cases filed: 3 export declarations of Laboratoire Démo, one validated");
        return List.of(validated, waiting, noAuthority);
    }

    /** The import authorisations of the demo: one granted for a series of imports, one waiting. */
    List<ProcessInstance> fileImports() {
        Map<String, Object> series = importRequest("Artésunate 60 mg Démo", "artésunate 60 mg par flacon",
                "60 mg", "poudre pour solution injectable", "intraveineuse", "IN", "SHORTAGE");
        series.put("quantityMode", "SERIES");
        series.put("quantity", 2000L);
        series.put("quantityUnit", "boîtes de 10 flacons");
        series.put("plannedOperations", 4L);
        ProcessInstance granted = fileAsDeclarant(IMPORT_PROCESS, series);
        decide(granted, "GRANT");
        Map<String, Object> single = importRequest("Quinine 300 mg Démo", "quinine 300 mg", "300 mg", "comprimé",
                "orale", "CH", "CLINICAL_NEED");
        single.put("quantityMode", "SINGLE");
        single.put("quantity", 15L);
        single.put("quantityUnit", "boîtes de 20 comprimés");
        ProcessInstance waiting = fileAsDeclarant(IMPORT_PROCESS, single);
        LOG.info("Demo cases filed: 2 import authorisations of Laboratoire Démo, one granted");
        return List.of(granted, waiting);
    }

    /** The medicine, as the forms of both procedures name its fields. */
    private static Map<String, Object> medicine(String medicine, String substances, String strength, String form) {
        Map<String, Object> v = new HashMap<>();
        v.put("medicineName", medicine);
        v.put("activeSubstances", substances);
        v.put("strength", strength);
        v.put("pharmaceuticalForm", form);
        return v;
    }

    private Map<String, Object> importRequest(String medicine, String substances, String strength, String form,
            String route, String provenance, String purpose) {
        Map<String, Object> v = medicine(medicine, substances, strength, form);
        v.put("routeOfAdministration", route);
        v.put("provenanceCountry", provenance);
        v.put("originCountry", provenance);
        v.put("purpose", purpose);
        v.put("manufacturer", "Fabricant de démonstration");
        v.put("releaseSite", "Site de libération de démonstration");
        v.put("coverLetter", Variables.fileValue("lettre-de-demande.pdf")
                .file("%PDF-1.4 lettre de demande de démonstration".getBytes(StandardCharsets.UTF_8))
                .mimeType("application/pdf").create());
        return v;
    }

    private Map<String, Object> declaration(String medicine, String substances, String strength, String form,
            String destination, String importer, String address) {
        Map<String, Object> v = medicine(medicine, substances, strength, form);
        v.put("declarationType", "DEI");
        v.put("presentation", "boîte de 30 sous plaquettes");
        v.put("routeOfAdministration", "orale");
        v.put("therapeuticIndications", "Indication de démonstration");
        v.put("hasFrenchMarketingAuthorisation", false);
        v.put("noMarketingAuthorisationReason", "NOT_REQUESTED");
        v.put("containsAnimalOriginSubstances", false);
        v.put("releaseCountry", "FR");
        v.put("destinationCountry", destination);
        v.put("importerName", importer);
        v.put("importerAddress", address);
        v.put("firstExportDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusMonths(1).toString());
        v.put("manufacturerName", "Fabricant de démonstration");
        v.put("manufacturerAddress", "1 rue de la Démonstration, 45000 Orléans");
        v.put("manufacturerCountry", "FR");
        v.put("releaseSiteName", "Site de libération de démonstration");
        v.put("releaseSiteAddress", "1 rue de la Démonstration, 45000 Orléans");
        v.put("gmpReference", "FR/GMP/2025/0001");
        return v;
    }

    private ProcessInstance fileAsDeclarant(Map<String, Object> variables) {
        return fileAsDeclarant(PROCESS, variables);
    }

    private ProcessInstance fileAsDeclarant(String process, Map<String, Object> variables) {
        return EngineIdentity.as(identity, DemoData.DECLARANT, groupsOf(DemoData.DECLARANT),
                () -> runtime.startProcessInstanceByKey(process, variables));
    }

    private void decide(ProcessInstance instance, String decision) {
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        EngineIdentity.as(identity, REVIEWER, groupsOf(REVIEWER), () -> {
            tasks.claim(review.getId(), REVIEWER);
            tasks.complete(review.getId(), Map.of("reviewDecision", decision, "reviewComment",
                    "Dossier complet et conforme."));
            return null;
        });
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }
}
