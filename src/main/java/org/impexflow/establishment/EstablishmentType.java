package org.impexflow.establishment;

/** Type d'établissement, as in the IMPEXWEB complementary information. */
public enum EstablishmentType {
    PHARMACEUTICAL_ESTABLISHMENT("Établissement pharmaceutique"),
    HOSPITAL_PHARMACY("Pharmacie à usage intérieur"),
    OTHER("Autres");

    private final String label;

    EstablishmentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
