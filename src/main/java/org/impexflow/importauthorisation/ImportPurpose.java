package org.impexflow.importauthorisation;

/** Why the medicine is imported. */
public enum ImportPurpose implements org.impexflow.reference.Labelled {
    COMPASSIONATE_ACCESS,
    CLINICAL_NEED,
    SHORTAGE,
    RE_EXPORT,
    OTHER;

    @Override
    public String labelPrefix() {
        return "purpose";
    }
}
