package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.EngineIndexes;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A review task writes no authorization row for the reviewers (neither for the task nor for its history):
 * they still see, claim, assign and decide it, as members of its candidate group; others who read it
 * (support, analysts) or file cases (declarants) work it no more than before.
 */
@ImpexflowSpringTest
class ReviewQueueAuthorizationsTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reviewersWorkTheirReviewTasksWithoutAnyRowPerTask() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.runJobs(engine, pi.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();

        assertThat(jdbc.queryForList("SELECT RESOURCE_TYPE_ FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = ? "
                + "AND RESOURCE_ID_ = ?", Integer.class, Groups.REVIEWERS, review.getId()))
                .as("no TASK or HISTORIC_TASK row for the reviewers").isEmpty();

        assertThat(seenBy(Declarations.REVIEWER, review)).isEqualTo(1);
        assertThat(seenBy(Declarations.SUPPORT, review)).as("support reads export declarations and their tasks")
                .isEqualTo(1);
        assertThat(seenBy(Declarations.DECLARANT, review)).as("the review task is ANSM's").isZero();

        TaskService tasks = engine.getTaskService();
        for (String outsider : List.of(Declarations.SUPPORT, Declarations.DECLARANT)) {
            Declarations.as(engine, outsider, () -> {
                assertThatThrownBy(() -> tasks.claim(review.getId(), outsider)).as(outsider + " claims")
                        .isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> tasks.setVariable(review.getId(), "reviewComment", "x"))
                        .as(outsider + " sets a variable").isInstanceOf(AuthorizationException.class);
                assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("reviewDecision", "VALIDATE")))
                        .as(outsider + " decides").isInstanceOf(AuthorizationException.class);
            });
        }
        assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();

        Declarations.as(engine, Declarations.REVIEWER, () -> {
            tasks.setAssignee(review.getId(), "colleague@ansm.example");
            tasks.setAssignee(review.getId(), null);
            tasks.claim(review.getId(), Declarations.REVIEWER);
            tasks.setVariable(review.getId(), "reviewComment", "En cours");
        });
        Declarations.decide(engine, pi, "VALIDATE");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getEndTime()).isNotNull();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(review.getId()).count())
                .isEqualTo(1);
        long[] history = new long[1];
        Declarations.as(engine, Declarations.REVIEWER, () -> history[0] = engine.getHistoryService()
                .createHistoricTaskInstanceQuery().taskId(review.getId()).count());
        assertThat(history[0]).as("reviewers read the history of the review through the definition").isEqualTo(1);
    }

    /** A group that does not read every task of the process (an establishment's) keeps the engine's rows. */
    @Test
    void establishmentsKeepTheirRowsForTheTasksOfTheirCases() {
        Task review = Declarations.awaitingReview(engine, Declarations.dei());
        Declarations.as(engine, Declarations.REVIEWER, () -> {
            engine.getTaskService().addCandidateGroup(review.getId(), "some-establishment");
        });
        assertThat(jdbc.queryForList("SELECT RESOURCE_TYPE_ FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = ? "
                + "AND RESOURCE_ID_ = ?", Integer.class, "some-establishment", review.getId())).isNotEmpty();
    }

    private long seenBy(String user, Task task) {
        long[] seen = new long[1];
        Declarations.as(engine, user, () -> seen[0] = engine.getTaskService().createTaskQuery().taskId(task.getId())
                .count());
        return seen[0];
    }

    /**
     * The engine takes the caller's groups as they are (AuthenticatedGroups): no read of every granted group
     * before each check, and a group without grants still opens nothing (a declarant with an extra empty group
     * sees no review task, a reviewer with it still sees them).
     */
    @Test
    void authorizationChecksTakeTheCallersGroupsWithoutReadingEveryGrantedGroup() {
        org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration =
                (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Object manager = configuration.getSessionFactories()
                .get(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class).openSession();
        assertThat(manager).isInstanceOf(AuthenticatedGroups.CallersGroups.class);
        // outside any command: the engine's own manager would need a command context to read the groups
        assertThat(((AuthenticatedGroups.CallersGroups) manager).filterAuthenticatedGroupIds(
                java.util.Arrays.asList("g1", null, "g2", "g1"))).containsExactly("g1", "g2");

        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();
        org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
        for (String[] caller : new String[][] {{Declarations.DECLARANT, "0"}, {Declarations.REVIEWER, "1"}}) {
            List<String> groups = new java.util.ArrayList<>(identity.createGroupQuery().groupMember(caller[0]).list()
                    .stream().map(g -> g.getId()).toList());
            groups.add("a-group-without-any-grant");
            identity.setAuthentication(caller[0], groups);
            try {
                assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count())
                        .as(caller[0]).isEqualTo(Long.parseLong(caller[1]));
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    /** The indexes of the task queues exist once the engine is built (EngineIndexes). */
    @Test
    void theTaskQueueIndexesAreThere() {
        assertThat(indexColumns(EngineIndexes.TASK_QUEUE)).containsExactly("TASK_DEF_KEY_", "DUE_DATE_");
        assertThat(indexColumns(EngineIndexes.AUTHORIZATIONS_BY_USER)).containsExactly("USER_ID_");
        assertThat(indexColumns(EngineIndexes.TASK_COUNT)).as("PostgreSQL only (EngineIndexesPostgresTests)").isEmpty();
    }

    private List<String> indexColumns(String index) {
        return jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = ?"
                + " ORDER BY ORDINAL_POSITION", String.class, index);
    }
}
