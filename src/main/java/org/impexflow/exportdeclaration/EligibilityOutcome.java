package org.impexflow.exportdeclaration;

/**
 * Outcome of the eligibility decision {@code export-eligibility} (processes/export-eligibility.dmn),
 * with what the declarant is told.
 */
public enum EligibilityOutcome {
    REQUIRED("Une déclaration d'exportation est requise (articles L.5124-11 et R.5121-135 du code de la santé publique)."),
    NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT("La destination est un département d'outre-mer : la France, et donc l'Union "
            + "européenne. Un envoi vers un département d'outre-mer n'est pas une exportation vers un pays tiers et "
            + "n'est pas soumis à déclaration préalable : aucune déclaration n'a été enregistrée."),
    NOT_REQUIRED_EU_DESTINATION("L'exportation d'un médicament sans AMM en France vers un État membre de l'Union européenne "
            + "n'est pas soumise à déclaration préalable : aucune déclaration n'a été enregistrée."),
    OUT_OF_SCOPE_FRENCH_AUTHORISATION("Le médicament dispose d'une autorisation de mise sur le marché en France : "
            + "son exportation ne relève pas de la déclaration d'exportation (article L.5124-11 du code de la santé "
            + "publique). Aucune déclaration n'a été enregistrée."),
    NOT_ADMISSIBLE_RELEASE("Les lots doivent être libérés en France ou dans l'Union européenne : une déclaration "
            + "pour des lots libérés ailleurs n'est pas recevable. Aucune déclaration n'a été enregistrée.");

    private final String explanation;

    EligibilityOutcome(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
