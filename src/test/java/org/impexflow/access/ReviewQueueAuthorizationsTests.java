package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A review task gets no per-task READ row for the reviewers, who still see, claim and decide it. */
@ImpexflowSpringTest
class ReviewQueueAuthorizationsTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reviewersReadReviewTasksThroughTheProcessDefinitionAndWorkThemThroughTheirTaskGrant() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();

        List<Integer> grants = jdbc.queryForList("SELECT PERMS_ FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = 7 "
                + "AND GROUP_ID_ = 'ansm-reviewers' AND RESOURCE_ID_ = ?", Integer.class, review.getId());
        assertThat(grants).singleElement().satisfies(perms -> {
            assertThat(perms & 2).as("READ").isZero();
            assertThat(perms & 4).as("UPDATE").isEqualTo(4);
        });

        long[] seen = new long[1];
        Declarations.as(engine, Declarations.REVIEWER, () -> seen[0] = engine.getTaskService().createTaskQuery()
                .taskId(review.getId()).taskCandidateGroup(Groups.REVIEWERS).count());
        assertThat(seen[0]).isEqualTo(1);
        long[] supportSees = new long[1];
        Declarations.as(engine, Declarations.SUPPORT, () -> supportSees[0] = engine.getTaskService().createTaskQuery()
                .taskId(review.getId()).taskCandidateGroup(Groups.REVIEWERS).count());
        assertThat(supportSees[0]).as("support reads export declarations and their tasks").isEqualTo(1);

        Declarations.decide(engine, pi, "VALIDATE");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getEndTime()).isNotNull();
    }

    /** The index of the task queues exists once the engine is built (ReviewQueueIndex). */
    @Test
    void theTaskQueueIndexIsThere() {
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = ?"
                + " ORDER BY ORDINAL_POSITION", String.class, ReviewQueueIndex.NAME))
                .containsExactly("TASK_DEF_KEY_", "DUE_DATE_");
    }
}
