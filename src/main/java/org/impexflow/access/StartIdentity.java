package org.impexflow.access;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import org.impexflow.engine.EngineIdentity;

/**
 * The variable of a process that says who started it ({@code initiator}, {@code supportAgent}). The
 * system sets it from the authenticated person or API account when the process starts; a caller that
 * sends it is refused, naming it ({@link StartIdentityPlugin}). Each process module declares its own.
 *
 * @param processKey the process
 * @param variable the variable that holds who started it
 * @param personRequired whether a start without an authenticated person is refused (filings), or
 *        allowed with the variable left empty (processes the system starts itself)
 */
public record StartIdentity(String processKey, String variable, boolean personRequired) {

    private static final ThreadLocal<String> ON_BEHALF = new ThreadLocal<>();

    /** A filing: only an authenticated person or API account, or ANSM support on behalf, starts it. */
    public static StartIdentity filing(String processKey, String variable) {
        return new StartIdentity(processKey, variable, true);
    }

    /** A process started by a person in Tasklist or by the system itself. */
    public static StartIdentity startedBy(String processKey, String variable) {
        return new StartIdentity(processKey, variable, false);
    }

    /**
     * Runs a filing that ANSM support enters for an establishment (a declaration received by mail):
     * the filing's identity variable stays empty, the establishment is the one the filing names, and
     * {@code agent} is who entered it. Only the application's own code can call this; no variable,
     * header or parameter of a request reaches it.
     */
    public static <T> T onBehalf(String agent, Supplier<T> filing) {
        if (agent == null || agent.isBlank()) {
            throw new IllegalArgumentException("A filing on behalf of an establishment names the agent");
        }
        String previous = ON_BEHALF.get();
        ON_BEHALF.set(agent);
        try {
            return filing.get();
        } finally {
            if (previous == null) {
                ON_BEHALF.remove();
            } else {
                ON_BEHALF.set(previous);
            }
        }
    }

    /**
     * Starts a process from one of the application's pages as the authenticated person (who starts it is set
     * from this authentication), though the person has no start permission of their own: only this code
     * starts it, with the business key and variables the page chose.
     */
    public static <T> T asPerson(CommandExecutor commands, IdentityService identity, String userId,
            List<String> groups, Supplier<T> start) {
        return EngineIdentity.as(identity, userId, groups,
                () -> commands.execute(context -> context.runWithoutAuthorization(start::get)));
    }

    /** The agent entering a filing on behalf of an establishment, when the current start is one. */
    public static Optional<String> onBehalfAgent() {
        return Optional.ofNullable(ON_BEHALF.get());
    }
}
