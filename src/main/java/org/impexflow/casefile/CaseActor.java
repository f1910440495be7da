package org.impexflow.casefile;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in a step of a case: the person whose call runs it, or the system for jobs and timers. */
public final class CaseActor {

    /** Who acts when no person is logged in: the engine's own jobs and timers. */
    public static final String SYSTEM = "impexflow";

    private CaseActor() {
    }

    /** The user whose call runs this step, or {@link #SYSTEM} for jobs and timers. */
    public static String current() {
        if (Context.getCommandContext() == null) {
            return SYSTEM;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }
}
