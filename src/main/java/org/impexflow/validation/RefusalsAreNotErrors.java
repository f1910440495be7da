package org.impexflow.validation;

import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refusal of what a person typed ({@link InvalidInputException}, answered 400 naming the field) is not an error
 * of the system: the engine logged each one as {@code ERROR ENGINE-16004 Exception while closing command context}
 * with its whole stack, so that operators read a wrong SIRET like a failure. Those lines are one INFO line of
 * {@code org.impexflow.refusals} instead; every other error of the engine is logged as before.
 */
@Component
class RefusalsAreNotErrors extends TurboFilter {

    /** The engine's logger of a command's end, where a refusal thrown in a command is reported. */
    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    private static final org.slf4j.Logger REFUSALS = LoggerFactory.getLogger("org.impexflow.refusals");

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(RefusalsAreNotErrors.class::isInstance)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable thrown) {
        if (level != Level.ERROR || !logger.getName().equals(ENGINE_CONTEXT)) {
            return FilterReply.NEUTRAL;
        }
        Optional<InvalidInputException> refusal = WebappEngineErrors.cause(thrown != null ? thrown : last(params),
                InvalidInputException.class);
        if (refusal.isEmpty()) {
            return FilterReply.NEUTRAL;
        }
        // one line: the message carries what was typed
        REFUSALS.info("Refused: {}", refusal.get().getMessage().replaceAll("[\\r\\n]+", " "));
        return FilterReply.DENY;
    }

    private static Throwable last(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
