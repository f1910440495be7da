package org.impexflow.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;

/**
 * A person who has just registered (account, second factor enrolled) and is at the last step of the
 * activation, the complementary information: what an outsider who registers can type there.
 */
public final class Onboarding {

    private Onboarding() {
    }

    /** A new declarant account whose activation waits for its complementary information. */
    public record Newcomer(String email, String firstName, String lastName, ProcessInstance activation) {
    }

    public static Newcomer newcomer(ProcessEngine engine, Accounts accounts, String firstName, String lastName) {
        return newcomer(engine, accounts, "newcomer." + UUID.randomUUID().toString().substring(0, 8) + "@test.example",
                firstName, lastName);
    }

    /** A new declarant account with this address (one an invitation was sent to, say). */
    public static Newcomer newcomer(ProcessEngine engine, Accounts accounts, String email, String firstName,
            String lastName) {
        accounts.create(email, firstName, lastName, accounts.hash(TestAccounts.PASSWORD), false, java.util.List.of("declarants"));
        accounts.enrolKnownSecret(email, TestAccounts.SECRET);
        ProcessInstance activation = engine.getRuntimeService().createProcessInstanceByKey("account-activation")
                .businessKey(email).setVariables(Map.of("email", email, "firstName", firstName, "lastName", lastName,
                        "language", "fr"))
                .startBeforeActivity("Task_CompleteInformation").execute();
        return new Newcomer(email, firstName, lastName, activation);
    }

    /** The newcomer's complementary information naming an establishment in France by its SIRET. */
    public static Map<String, Object> namingSiret(Newcomer newcomer, String siret, String companyName) {
        Map<String, Object> v = new HashMap<>();
        v.put("lastName", newcomer.lastName());
        v.put("firstName", newcomer.firstName());
        v.put("email", newcomer.email());
        v.put("phone", "+33 6 00 00 00 00");
        v.put("quality", "AUTRES");
        v.put("country", "FR");
        v.put("siret", siret);
        v.put("companyName", companyName);
        v.put("establishmentType", "PHARMACEUTICAL_ESTABLISHMENT");
        v.put("address", "1 rue de la Demande");
        v.put("postalCode", "75001");
        v.put("city", "Paris");
        v.put("cguAcknowledged", true);
        v.put("informationConfirmed", true);
        return v;
    }

    /** The newcomer validates their complementary information, as in Tasklist. */
    public static void validate(ProcessEngine engine, Newcomer newcomer, Map<String, Object> information) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(newcomer.activation().getId())
                .taskDefinitionKey("Task_CompleteInformation").singleResult();
        Declarations.as(engine, newcomer.email(), () -> engine.getTaskService().complete(task.getId(), information));
    }
}
