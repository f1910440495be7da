package org.impexflow.casefile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where ANSM reads a case: its page {@code /ansm/dossiers/<id>}, whatever the kind. The page's address is
 * put on the case's process as the variable {@value #VARIABLE} (Cockpit shows it) when its first task
 * opens ({@link CaseTaskListener}).
 */
@Component
public class CasePages {

    /** The pages' path, before the case's id. */
    public static final String PATH = "/ansm/dossiers/";
    /** The process variable that holds the page's address. */
    public static final String VARIABLE = "casePage";

    private final String baseUrl;

    CasePages(@Value("${impexflow.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static String path(long caseId) {
        return PATH + caseId;
    }

    /** The page's full address, for a variable read outside our pages. */
    public String url(long caseId) {
        return baseUrl + path(caseId);
    }
}
