package org.impexflow.support;

import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.REVIEWER;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.impexflow.travellers.TransportAttestation;
import org.impexflow.travellers.TransportAttestations;

/** Cases with a decision in force, made through their processes as people make them: what acts and pages start from. */
public final class DecidedCases {

    private DecidedCases() {
    }

    /** A DEI of the demo declarant, validated and mailed to the authority of Senegal: its number. */
    public static String validatedDei(ProcessEngine engine) {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "VALIDATE");
        return pi.getBusinessKey();
    }

    /** An import authorisation of the demo declarant, granted: its number. */
    public static String grantedImport(ProcessEngine engine) {
        ProcessInstance pi = Declarations.startAs(engine, DECLARANT, ImportAuthorisationProcess.KEY,
                Declarations.importRequest());
        Declarations.runJobs(engine, pi.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW).singleResult();
        Declarations.as(engine, REVIEWER, () -> {
            engine.getTaskService().claim(review.getId(), REVIEWER);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "GRANT"));
        });
        Declarations.runJobs(engine, pi.getId());
        return pi.getBusinessKey();
    }

    /** A transport attestation requested from the public page and issued by the narcotics team. */
    public static TransportAttestation issuedAttestation(ProcessEngine engine, Accounts accounts,
            TransportAttestations attestations) {
        TransportAttestation filed = attestations.request(org.impexflow.support.TravellerRequests.form(), "ordonnance.pdf",
                "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8), Locale.FRENCH);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(filed.getNumber()).singleResult();
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        String narcotics = TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS);
        Declarations.as(engine, narcotics, () -> {
            engine.getTaskService().claim(review.getId(), narcotics);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "ISSUE"));
        });
        Declarations.runJobs(engine, pi.getId());
        return attestations.find(filed.getId()).orElseThrow();
    }
}
