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
class ExpectedFailuresLogTests {

    @Autowired
    ProcessEngine engine;

    private final Logger engineContext = (Logger) LoggerFactory.getLogger(ExpectedFailuresLog.ENGINE_CONTEXT);
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

    /**
     * A browser that went away while its answer was written: Jersey's two ERRORs, each with 230 lines of stack, are
     * one INFO line; an I/O error of the server itself stays Jersey's ERROR. (Logged as Jersey logs them: the
     * messages and exceptions of a walkthrough's log.)
     */
    @Test
    void aClientGoneIsOneInfoLineAndAnotherIoErrorStaysAnError() {
        Logger jersey = (Logger) LoggerFactory.getLogger(ExpectedFailuresLog.JERSEY_RESPONDER);
        Logger clients = (Logger) LoggerFactory.getLogger("org.impexflow.clients");
        ListAppender<ILoggingEvent> jerseyLines = new ListAppender<>();
        ListAppender<ILoggingEvent> clientLines = new ListAppender<>();
        jerseyLines.start();
        clientLines.start();
        jersey.addAppender(jerseyLines);
        clients.addAppender(clientLines);
        try {
            java.io.IOException brokenPipe = new java.io.IOException("Broken pipe");
            jersey.error("An I/O error has occurred while writing a response message entity to the container output "
                    + "stream.", new RuntimeException(new org.apache.catalina.connector.ClientAbortException(brokenPipe)));
            jersey.error("Error while closing the output stream in order to commit response.",
                    new java.io.UncheckedIOException(new org.apache.catalina.connector.ClientAbortException(brokenPipe)));
            assertThat(jerseyLines.list).isEmpty();
            assertThat(clientLines.list).hasSize(2).allSatisfy(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.INFO);
                assertThat(line.getFormattedMessage()).startsWith("Client gone before its answer was written");
            });

            jersey.error("An I/O error has occurred while writing a response message entity to the container output "
                    + "stream.", new java.io.IOException("No space left on device"));
            assertThat(jerseyLines.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.ERROR);
        } finally {
            jersey.detachAppender(jerseyLines);
            clients.detachAppender(clientLines);
        }
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
