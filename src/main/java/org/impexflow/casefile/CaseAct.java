package org.impexflow.casefile;

import java.util.Locale;

/**
 * An act of ANSM after a decision in force (issue 18, invariant 2): the process {@code case-act}
 * ({@link CaseActProcess}) proposes it, a second reviewer confirms it, {@link CaseActs} applies it. The
 * name is the value of the variable {@code act}; each procedure names the status its cases take
 * ({@link CaseActRule}).
 */
public enum CaseAct {
    WITHDRAW("retrait", "Retirée", "withdrawal", "Withdrawn"),
    SUSPEND("suspension", "Suspendue", "suspension", "Suspended"),
    PROHIBIT("interdiction", "Interdite", "prohibition", "Prohibited");

    private final String french;
    private final String frenchStatus;
    private final String english;
    private final String englishStatus;

    CaseAct(String french, String frenchStatus, String english, String englishStatus) {
        this.french = french;
        this.frenchStatus = frenchStatus;
        this.english = english;
        this.englishStatus = englishStatus;
    }

    /** The act's noun, e.g. "retrait", "withdrawal". */
    public String label(Locale language) {
        return "en".equals(language.getLanguage()) ? english : french;
    }

    /** The status a case takes, e.g. "Retirée", "Withdrawn". */
    public String status(Locale language) {
        return "en".equals(language.getLanguage()) ? englishStatus : frenchStatus;
    }
}
