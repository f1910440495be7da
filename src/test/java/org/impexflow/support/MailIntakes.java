package org.impexflow.support;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Cases received by e-mail, entered by ANSM support in a mail intake process (export and import alike). */
public final class MailIntakes {

    private MailIntakes() {
    }

    /** Starts a mail intake as ANSM support does in Tasklist, and tracks it for the coverage. */
    public static ProcessInstance start(ProcessEngine engine, FlowNodeCoverage coverage, String processKey,
            Map<String, Object> variables) {
        ProcessInstance[] started = new ProcessInstance[1];
        Declarations.as(engine, Declarations.SUPPORT, () -> started[0] = engine.getRuntimeService()
                .startProcessInstanceByKey(processKey, variables));
        coverage.track(engine, started[0].getId());
        return started[0];
    }

    /** A variable of an intake, read from the history (it may have ended). */
    public static Object variable(ProcessEngine engine, ProcessInstance intake, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableName(name).singleResult().getValue();
    }

    /** The section "Établissement sans compte" filled in: an establishment in Lyon, its name and contact. */
    public static Map<String, Object> withNewEstablishment(Map<String, Object> v, String siret, String name,
            String contact) {
        v.put("establishmentSiret", siret);
        v.put("establishmentName", name);
        v.put("establishmentAddress", "3 rue du Courriel");
        v.put("establishmentPostalCode", "69002");
        v.put("establishmentCity", "Lyon");
        v.put("contactEmail", contact);
        return v;
    }
}
