package org.impexflow.importauthorisation;

import java.util.Locale;

import org.impexflow.reference.Languages;

/** Why the medicine is imported. */
public enum ImportPurpose {
    COMPASSIONATE_ACCESS("Accès compassionnel"),
    CLINICAL_NEED("Besoin clinique (patient ou service identifié)"),
    SHORTAGE("Rupture ou risque de rupture d'approvisionnement"),
    RE_EXPORT("Réexportation"),
    OTHER("Autre");

    private final String label;

    ImportPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** English from messages_en.properties ({@code purpose.<code>}). */
    public String label(Locale language) {
        return Languages.textOr(language, "purpose." + name(), label);
    }
}
