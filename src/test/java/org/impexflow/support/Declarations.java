package org.impexflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Filings of the demo establishment, as the declarant files them in Tasklist. */
public final class Declarations {

    public static final String DECLARANT = "declarant@labo.example";
    public static final String API_CLIENT = "api@labo.example";
    public static final String REVIEWER = "reviewer@ansm.example";
    public static final String SUPPORT = "support@ansm.example";
    public static final String DEMO_SIRET = "42112345600012";
    public static final String PASSWORD = "Vk8#Lp2!Rz5q";

    private Declarations() {
    }

    /** A DEI that needs a declaration: Senegal (authority on record), released in France, no French AMM. */
    public static Map<String, Object> dei() {
        Map<String, Object> v = new HashMap<>();
        v.put("declarationType", "DEI");
        v.put("establishmentSiret", DEMO_SIRET);
        v.put("declarantEmail", DECLARANT);
        v.put("medicineName", "Artemether Démo");
        v.put("activeSubstances", "artéméther 20 mg\nluméfantrine 120 mg");
        v.put("strength", "20 mg / 120 mg");
        v.put("pharmaceuticalForm", "comprimé");
        v.put("presentation", "boîte de 24 comprimés sous plaquettes");
        v.put("routeOfAdministration", "orale");
        v.put("therapeuticIndications", "Traitement du paludisme non compliqué à P. falciparum");
        v.put("hasFrenchMarketingAuthorisation", false);
        v.put("releaseCountry", "FR");
        v.put("destinationCountry", "SN");
        v.put("importerName", "Pharmacie Nationale d'Approvisionnement");
        v.put("importerAddress", "Route du Front de Terre, Dakar, Sénégal");
        v.put("noMarketingAuthorisationReason", "NOT_REQUESTED");
        v.put("containsAnimalOriginSubstances", false);
        v.putAll(firstExportAndManufacture());
        return v;
    }

    /** A first export planned in two months, by the engine's clock, in Paris. */
    public static String plannedFirstExport() {
        return java.time.LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
                java.time.ZoneId.of("Europe/Paris")).plusMonths(2).toString();
    }

    /**
     * The fields every declaration carries since issue 20: the planned date of the first export, and the
     * manufacture under EU GMP (manufacturer, batch release site in France, EudraGMDP reference).
     */
    public static Map<String, Object> firstExportAndManufacture() {
        Map<String, Object> v = new HashMap<>();
        v.put("firstExportDate", plannedFirstExport());
        v.put("manufacturerName", "Fabricant Démo SAS");
        v.put("manufacturerAddress", "12 rue des Usines, 45000 Orléans");
        v.put("manufacturerCountry", "FR");
        v.put("releaseSiteName", "Libération Démo SAS");
        v.put("releaseSiteAddress", "3 allée des Lots, 69007 Lyon");
        v.put("gmpReference", "FR/GMP/2025/0042");
        return v;
    }

    /**
     * The body of {@code POST /engine-rest/process-definition/key/export-declaration/start} for a DEI of
     * the API account's establishment, as an establishment's system sends it.
     */
    public static String restFiling(String medicineName) {
        return """
                {"variables": {
                  "declarationType": {"value": "DEI"},
                  "medicineName": {"value": "%s"}, "activeSubstances": {"value": "substance 1 mg"},
                  "strength": {"value": "1 mg"}, "pharmaceuticalForm": {"value": "comprimé"},
                  "presentation": {"value": "boîte"}, "routeOfAdministration": {"value": "orale"},
                  "therapeuticIndications": {"value": "test"},
                  "hasFrenchMarketingAuthorisation": {"value": false, "type": "Boolean"},
                  "releaseCountry": {"value": "FR"}, "destinationCountry": {"value": "SN"},
                  "importerName": {"value": "Importateur"}, "importerAddress": {"value": "Dakar"},
                  "noMarketingAuthorisationReason": {"value": "NOT_REQUESTED"},
                  "containsAnimalOriginSubstances": {"value": false, "type": "Boolean"},
                  "firstExportDate": {"value": "%s"},
                  "manufacturerName": {"value": "Fabricant"}, "manufacturerAddress": {"value": "Orléans"},
                  "manufacturerCountry": {"value": "FR"}, "releaseSiteName": {"value": "Site de libération"},
                  "releaseSiteAddress": {"value": "Lyon"}, "gmpReference": {"value": "FR/GMP/2025/0042"}}}"""
                .formatted(medicineName, plannedFirstExport());
    }

    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /** A DEC of {@code number} by the demo declarant, with a copy of it ({@code copie-<number>.pdf}) uploaded. */
    public static Map<String, Object> decAmending(org.impexflow.attachment.Attachments attachments, String number) {
        String fileName = "copie-" + number + ".pdf";
        String copy = attachments.store(DECLARANT, fileName, "application/pdf", ("%PDF-1.4 " + fileName).getBytes())
                .getReference();
        return with(dei(), "declarationType", "DEC", "amendedDeclarationNumbers", number, "earlierDeclarationCopies",
                copy);
    }

    /** Starts an export declaration as the logged-in user, with that user's groups, as Tasklist does. */
    public static ProcessInstance fileAs(ProcessEngine engine, String userId, Map<String, Object> variables) {
        return startAs(engine, userId, "export-declaration", variables);
    }

    /** Starts a process as the logged-in user, with that user's groups, as Tasklist does. */
    public static ProcessInstance startAs(ProcessEngine engine, String userId, String processKey,
            Map<String, Object> variables) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId())
                .toList();
        identity.setAuthentication(userId, groups);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * A request for an import authorisation of the demo establishment: one import of 15 boxes of an
     * injectable from India, with its signed cover letter sent as a File variable.
     */
    public static Map<String, Object> importRequest() {
        Map<String, Object> v = new HashMap<>();
        v.put("establishmentSiret", DEMO_SIRET);
        v.put("declarantEmail", DECLARANT);
        v.put("provenanceCountry", "IN");
        v.put("originCountry", "IN");
        v.put("medicineName", "Artesunate Démo");
        v.put("activeSubstances", "artésunate 60 mg par flacon");
        v.put("pharmaceuticalForm", "poudre pour solution injectable");
        v.put("strength", "60 mg");
        v.put("routeOfAdministration", "intraveineuse");
        v.put("quantityMode", "SINGLE");
        v.put("quantity", 15L);
        v.put("quantityUnit", "boîtes de 10 flacons");
        v.put("purpose", "CLINICAL_NEED");
        v.put("manufacturer", "Fabricant Démo Ltd, Mumbai, Inde");
        v.put("releaseSite", "Fabricant Démo Ltd, Mumbai, Inde");
        v.put("coverLetter", org.camunda.bpm.engine.variable.Variables.fileValue("lettre-signee.pdf")
                .file("%PDF-1.4 lettre de demande signée".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .mimeType("application/pdf").create());
        return v;
    }

    /**
     * Runs the case's due jobs, then has the reviewer decide ({@code VALIDATE}, {@code PROHIBIT}…) and runs
     * the jobs that follow, as the job executor would.
     */
    public static void decide(ProcessEngine engine, ProcessInstance pi, String decision) {
        runJobs(engine, pi.getId());
        org.camunda.bpm.engine.task.Task review = engine.getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewDeclaration").singleResult();
        as(engine, REVIEWER, () -> {
            engine.getTaskService().claim(review.getId(), REVIEWER);
            engine.getTaskService().complete(review.getId(),
                    Map.of("reviewDecision", decision, "reviewComment", "Décision de test"));
        });
        runJobs(engine, pi.getId());
    }

    /** A declaration filed by the demo declarant, its first jobs run: its review task, open to ANSM's reviewers. */
    public static org.camunda.bpm.engine.task.Task awaitingReview(ProcessEngine engine, Map<String, Object> variables) {
        ProcessInstance pi = fileAs(engine, DECLARANT, variables);
        runJobs(engine, pi.getId());
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();
    }

    /** Runs the jobs of a process instance that are due, until none is left. */
    public static void runJobs(ProcessEngine engine, String processInstanceId) {
        List<org.camunda.bpm.engine.runtime.Job> due;
        while (!(due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .executable().list()).isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    /** Runs an action as a logged-in user, with that user's groups. */
    public static void as(ProcessEngine engine, String userId, Runnable action) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId())
                .toList();
        identity.setAuthentication(userId, groups);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
