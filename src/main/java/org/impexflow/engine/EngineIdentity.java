package org.impexflow.engine;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whom the engine checks rights for during one piece of work: a person, or nobody (the application's own
 * reads). The authentication the thread had before is put back afterwards, whatever the work did, so that
 * a request's caller keeps theirs after the application acted as someone else inside it.
 */
public final class EngineIdentity {

    private EngineIdentity() {
    }

    /** Runs {@code work} as this person with these groups: the engine checks their rights, and no more. */
    public static <T> T as(IdentityService identity, String userId, List<String> groups, Supplier<T> work) {
        return with(identity, new Authentication(userId, groups), work);
    }

    /**
     * Runs {@code work} with nobody authenticated: the engine checks no one's rights. Only for what the
     * application reads or starts by its own rules (a deployed form's fields, a filing entered by support).
     */
    public static <T> T asApplication(IdentityService identity, Supplier<T> work) {
        return with(identity, null, work);
    }

    private static <T> T with(IdentityService identity, Authentication during, Supplier<T> work) {
        Authentication before = identity.getCurrentAuthentication();
        set(identity, during);
        try {
            return work.get();
        } finally {
            set(identity, before);
        }
    }

    private static void set(IdentityService identity, Authentication authentication) {
        if (authentication == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(authentication);
        }
    }
}
