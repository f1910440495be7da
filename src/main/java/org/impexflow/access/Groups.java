package org.impexflow.access;

import java.util.Collection;
import java.util.Set;

/** The engine groups of our users. */
public final class Groups {

    public static final String DECLARANTS = "declarants";
    public static final String API_CLIENTS = "api-clients";
    public static final String REVIEWERS = "ansm-reviewers";
    public static final String SUPPORT = "ansm-support";
    /** ANSM's narcotics and psychotropics team: reviews the annual declarations. */
    public static final String NARCOTICS = "ansm-narcotics";
    public static final String ANALYSTS = "process-analysts";
    /** Camunda's own administrators group, which the Admin webapp recognises. */
    public static final String ADMINISTRATORS = "camunda-admin";
    /** ANSM's administrators of reference data (countries and their memberships…), on /ansm/referentiel. */
    public static final String REFERENCE_ADMINS = "ansm-admins";

    /** ANSM's groups that work on cases (analysts only watch). */
    public static final Set<String> ANSM_WORKING = Set.of(REVIEWERS, SUPPORT, NARCOTICS, ADMINISTRATORS);

    /** One of the groups is among ANSM's working groups. */
    public static boolean includeAnsmWorking(Collection<String> groups) {
        return groups.stream().anyMatch(ANSM_WORKING::contains);
    }

    private Groups() {
    }
}
