package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.impexflow.support.JobExecutorDowntime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The yearly campaign opens the past year's declaration of every operator, once. */
@ImpexflowSpringTest
class AnnualNarcoticsCampaignTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    AnnualDeclarations declarations;
    @Autowired
    Establishments establishments;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void afterADowntimeAcrossTwoSecondsOfJanuaryTheCampaignRunsOnceAndNextYearIsNext() {
        Establishment operator = TestEstablishments.create(establishments, "Opérateur après l'arrêt");
        operators.register(operator.getId(), LocalDate.of(2021, 1, 1));
        Job before = engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey(AnnualDeclarationProcess.CAMPAIGN_KEY).singleResult();
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2040, 3, 1, 9, 0, 0, 0, CaseNumbering.PARIS).toInstant()));

        JobExecutorDowntime.runDue(engine, query -> query.processDefinitionKey(AnnualDeclarationProcess.CAMPAIGN_KEY)
                .timers());

        assertThat(engine.getHistoryService().createHistoricJobLogQuery().jobDefinitionId(before.getJobDefinitionId())
                .successLog().list()).filteredOn(log -> log.getJobDueDate().equals(before.getDuedate()))
                .as("the timer due " + before.getDuedate() + " ran once").hasSize(1);
        Job next = engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey(AnnualDeclarationProcess.CAMPAIGN_KEY).singleResult();
        assertThat(ZonedDateTime.ofInstant(next.getDuedate().toInstant(), CaseNumbering.PARIS).toLocalDate())
                .as("the next one is in the future, not one per missed year").isEqualTo(LocalDate.of(2041, 1, 2));
        assertThat(declarations.of(operator.getId(), 2039)).as("the past year's declaration").isPresent();
    }

    @Test
    void onTheSecondOfJanuaryEveryOperatorGetsItsDeclarationOfThePastYearOnce() {
        Establishment first = TestEstablishments.create(establishments, "Opérateur Un");
        Establishment second = TestEstablishments.create(establishments, "Opérateur Deux");
        Establishment notAnOperator = TestEstablishments.create(establishments, "Laboratoire sans stupéfiants");
        operators.register(first.getId(), LocalDate.of(2019, 5, 1));
        operators.register(second.getId(), LocalDate.of(2022, 9, 1));
        Job timer = engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey(AnnualDeclarationProcess.CAMPAIGN_KEY).singleResult();
        assertThat(timer).as("the yearly timer of the campaign").isNotNull();
        assertThat(ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), CaseNumbering.PARIS))
                .satisfies(next -> {
                    assertThat(next.getMonthValue()).isEqualTo(1);
                    assertThat(next.getDayOfMonth()).isEqualTo(2);
                });

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 2, 6, 0, 0, 0, CaseNumbering.PARIS).toInstant()));
        engine.getManagementService().executeJob(timer.getId());

        assertThat(declarations.of(first.getId(), 2026)).isPresent();
        assertThat(declarations.of(second.getId(), 2026)).isPresent()
                .hasValueSatisfying(d -> assertThat(d.getDueDate()).isEqualTo(LocalDate.of(2027, 2, 15)));
        assertThat(declarations.of(notAnOperator.getId(), 2026)).isEmpty();
        long running = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AnnualDeclarationProcess.KEY).count();

        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.CAMPAIGN_KEY,
                java.util.Map.of(AnnualDeclarationProcess.Vars.DECLARED_YEAR, 2026));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AnnualDeclarationProcess.KEY).count()).as("opened once").isEqualTo(running);
    }
}
