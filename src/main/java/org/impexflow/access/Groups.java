package org.impexflow.access;

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

    private Groups() {
    }
}
