package org.impexflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What operators read in the log: a refusal of a person's input is one INFO line, not the engine's ERROR with
 * its stack; a real failure inside the engine is still its ERROR. (The test profile silences the engine's
 * logger of a command's end; it is turned on here as in production.)
 */
@ImpexflowSpringTest
class RefusalsAreNotErrorsTests {

    @Autowired
    ProcessEngine engine;

    private final Logger engineContext = (Logger) LoggerFactory.getLogger(RefusalsAreNotErrors.ENGINE_CONTEXT);
    private final Logger refusals = (Logger) LoggerFactory.getLogger("org.impexflow.refusals");
    private final ListAppender<ILoggingEvent> engineLines = new ListAppender<>();
    private final ListAppender<ILoggingEvent> refusalLines = new ListAppender<>();
    private Level engineLevel;

    @BeforeEach
    void listen() {
        engineLevel = engineContext.getLevel();
        engineContext.setLevel(Level.INFO);
        engineLines.start();
        refusalLines.start();
        engineContext.addAppender(engineLines);
        refusals.addAppender(refusalLines);
    }

    @AfterEach
    void stopListening() {
        engineContext.detachAppender(engineLines);
        refusals.detachAppender(refusalLines);
        engineContext.setLevel(engineLevel);
    }

    @Test
    void aRefusedFilingIsOneInfoLineNamingTheField() {
        assertThatThrownBy(() -> Declarations.fileAs(engine, Declarations.DECLARANT,
                Declarations.with(Declarations.dei(), "medicineName", " ")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(engineLines.list).noneMatch(line -> line.getLevel() == Level.ERROR);
        assertThat(refusalLines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).startsWith("Refused: ").contains("medicineName")
                    .doesNotContain("\n");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void aReviewRefusedByItsTaskListenerIsOneInfoLineToo() {
        Task review = Declarations.awaitingReview(engine, Declarations.dei());

        assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(),
                Map.of("reviewDecision", "PROHIBIT", "reviewComment", "")))
                .satisfies(e -> assertThat(WebappEngineErrors.cause(e, InvalidInputException.class)).isPresent());

        assertThat(engineLines.list).noneMatch(line -> line.getLevel() == Level.ERROR);
        assertThat(refusalLines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .asString().contains("reviewComment");
    }

    @Test
    void aFailureOfTheSystemIsStillTheEnginesError() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
            throw new IllegalStateException("disque plein");
        })).hasMessage("disque plein");

        assertThat(engineLines.list).filteredOn(line -> line.getLevel() == Level.ERROR).singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage()).contains("ENGINE-16004", "disque plein"));
        assertThat(refusalLines.list).isEmpty();
    }
}
