package org.impexflow.validation;

import java.util.List;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;

import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * What is expected is not an error of the system, in the operators' log:
 * <ul>
 * <li>a refusal of what a person typed ({@link InvalidInputException}, answered 400 naming the field): the engine
 * logged each one as {@code ERROR ENGINE-16004 Exception while closing command context} with its whole stack, so
 * that operators read a wrong SIRET like a failure; it is one INFO line of {@code org.impexflow.refusals};</li>
 * <li>a client that went away before its answer was written (a closed tab, a page left while Tasklist loads):
 * Jersey logged two ERRORs with 230 lines of stack ("Broken pipe"); it is one INFO line of
 * {@code org.impexflow.clients}.</li>
 * </ul>
 * Every other error is logged as before.
 */
@Component
class ExpectedFailuresLog extends TurboFilter {

    /** The engine's logger of a command's end, where a refusal thrown in a command is reported. */
    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    /** Jersey's logger of the writing of an answer. */
    static final String JERSEY_RESPONDER = "org.glassfish.jersey.server.ServerRuntime$Responder";

    /** An ERROR of {@code logger} caused by a {@code cause} is one INFO line of {@code to}. */
    private record Expected(String logger, Class<? extends Throwable> cause, org.slf4j.Logger to, String line) {
    }

    private static final List<Expected> EXPECTED = List.of(
            new Expected(ENGINE_CONTEXT, InvalidInputException.class, LoggerFactory.getLogger("org.impexflow.refusals"),
                    "Refused: {}"),
            new Expected(JERSEY_RESPONDER, ClientAbortException.class, LoggerFactory.getLogger("org.impexflow.clients"),
                    "Client gone before its answer was written: {}"));

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(ExpectedFailuresLog.class::isInstance)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable thrown) {
        if (level != Level.ERROR) {
            return FilterReply.NEUTRAL;
        }
        for (Expected expected : EXPECTED) {
            if (expected.logger().equals(logger.getName())) {
                Optional<? extends Throwable> cause = WebappEngineErrors.cause(thrown != null ? thrown : last(params),
                        expected.cause());
                if (cause.isEmpty()) {
                    return FilterReply.NEUTRAL;
                }
                // one line: a refusal's message carries what was typed
                expected.to().info(expected.line(), String.valueOf(cause.get().getMessage()).replaceAll("[\\r\\n]+",
                        " "));
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static Throwable last(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
