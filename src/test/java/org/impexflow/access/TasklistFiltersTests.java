package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.exportdeclaration.MailIntakeProcess;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each group finds its shared Tasklist filters, and each filter lists what its name says. */
@ImpexflowSpringTest
class TasklistFiltersTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void eachGroupSeesItsOwnFilters() {
        assertThat(filtersOf(Declarations.REVIEWER)).containsExactly("Déclarations à instruire",
                "Autorisations d'importation à instruire", "En retard", "Actes à confirmer", "Mes dossiers");
        assertThat(filtersOf(Declarations.DECLARANT)).containsExactly("Mes tâches");
        assertThat(filtersOf(Declarations.SUPPORT)).containsExactly("Tâches du support", "Transmissions à effectuer",
                "Comptes", "Demandes de rattachement");
    }

    @Test
    void theReviewQueueShowsTheCaseColumnsOldestDueFirstAndTheOverdueFilterOnlyLateOnes() {
        ProcessInstance late = file();
        ProcessInstance onTime = file();
        Task lateTask = review(late);
        lateTask.setDueDate(new Date(System.currentTimeMillis() - 3_600_000));
        engine.getTaskService().saveTask(lateTask);

        Filter queue = filter("Déclarations à instruire");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> columns = (List<Map<String, String>>) queue.getProperties().get("variables");
        assertThat(columns).extracting(c -> c.get("label")).containsExactly("N° de fiche", "Médicament",
                "Pays de destination", "Établissement", "Date de dépôt", "Échéance");
        List<Task> queued = engine.getFilterService().<Task>list(queue.getId());
        assertThat(queued).extracting(Task::getId).contains(lateTask.getId(), review(onTime).getId());
        assertThat(queued.indexOf(queued.stream().filter(t -> t.getId().equals(lateTask.getId())).findFirst()
                .orElseThrow())).as("oldest due first").isZero();

        List<Task> overdue = engine.getFilterService().<Task>list(filter("En retard").getId());
        assertThat(overdue).extracting(Task::getId).contains(lateTask.getId()).doesNotContain(review(onTime).getId());
    }

    /** The queue lists every review, taken or not; its query shows a declarant none. */
    @Test
    void theReviewQueueKeepsATakenReviewAndShowsOnlyReviews() {
        ProcessInstance pi = file();
        Task task = review(pi);
        Declarations.as(engine, Declarations.REVIEWER, () -> engine.getTaskService().claim(task.getId(),
                Declarations.REVIEWER));
        String queue = filter("Déclarations à instruire").getId();
        List<Task> listed = new java.util.ArrayList<>();
        Declarations.as(engine, Declarations.REVIEWER, () -> listed.addAll(engine.getFilterService().<Task>list(queue)));
        assertThat(listed).extracting(Task::getId).contains(task.getId());
        assertThat(listed).extracting(Task::getTaskDefinitionKey).containsOnly("Task_ReviewDeclaration");
        assertThat(listed).as("the annual narcotics declarations' review has the same task id, not the same queue")
                .allSatisfy(t -> assertThat(t.getProcessDefinitionId()).startsWith("export-declaration:"));
        long[] declarantSees = new long[1];
        Declarations.as(engine, Declarations.DECLARANT, () -> declarantSees[0] = engine.getTaskService()
                .createTaskQuery().taskDefinitionKey("Task_ReviewDeclaration").count());
        assertThat(declarantSees[0]).as("the queue's query run by a declarant: reviews are ANSM's").isZero();
    }

    @Test
    void myTasksOfADeclarantAreTheComplementsOfItsEstablishment() {
        ProcessInstance pi = file();
        Declarations.as(engine, Declarations.REVIEWER, () -> engine.getTaskService().complete(review(pi).getId(),
                Map.of("reviewDecision", "REQUEST_COMPLEMENT", "reviewComment", "Précisez la présentation.")));
        String[] listed = new String[1];
        Declarations.as(engine, Declarations.DECLARANT, () -> listed[0] = engine.getFilterService()
                .<Task>list(filter("Mes tâches").getId()).stream().filter(t -> pi.getId().equals(t.getProcessInstanceId()))
                .map(Task::getName).findFirst().orElse(null));
        assertThat(listed[0]).startsWith("Fournir le complément – " + pi.getBusinessKey());
    }

    /** A case received by e-mail: its request for complement is support's too, and support's first filter lists it. */
    @Test
    void supportFindsTheComplementOfACaseReceivedByMailInItsFirstFilter() {
        Map<String, Object> received = Declarations.with(Declarations.dei(), "senderEmail", "expediteur@labo.example",
                "mailReceivedOn", "04/12/2026, « DEI »");
        received.remove("declarantEmail");
        ProcessInstance intake = Declarations.startAs(engine, Declarations.SUPPORT, MailIntakeProcess.KEY, received);
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName(MailIntakeProcess.Vars.DECLARATION_NUMBER).singleResult()
                .getValue();
        ProcessInstance filed = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult();
        Declarations.as(engine, Declarations.REVIEWER, () -> engine.getTaskService().complete(review(filed).getId(),
                Map.of("reviewDecision", "REQUEST_COMPLEMENT", "reviewComment", "Joignez le certificat.")));
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(filed.getId()).singleResult();

        Map<String, List<String>> listedBy = new java.util.LinkedHashMap<>();
        Declarations.as(engine, Declarations.SUPPORT, () -> filtersOf(Declarations.SUPPORT).forEach(name -> listedBy
                .put(name, engine.getFilterService().<Task>list(filter(name).getId()).stream().map(Task::getId)
                        .toList())));

        assertThat(listedBy.get("Tâches du support")).contains(complement.getId());
        assertThat(filter("Tâches du support").getProperties().get("description").toString())
                .contains("compléments des dossiers reçus par courriel");
        assertThat(listedBy).as("no other filter of support lists it").allSatisfy((name, tasks) -> {
            if (!name.equals("Tâches du support")) {
                assertThat(tasks).doesNotContain(complement.getId());
            }
        });
    }

    private ProcessInstance file() {
        return Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
    }

    private Task review(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();
    }

    private Filter filter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    }

    private List<String> filtersOf(String user) {
        @SuppressWarnings("unchecked")
        List<String>[] names = new List[1];
        Declarations.as(engine, user, () -> names[0] = engine.getFilterService().createTaskFilterQuery()
                .orderByFilterName().asc().list().stream()
                .sorted(java.util.Comparator.comparing(f -> ((Number) f.getProperties().get("priority")).intValue()))
                .map(Filter::getName).toList());
        return names[0];
    }
}
