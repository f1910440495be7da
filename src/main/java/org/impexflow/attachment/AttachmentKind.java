package org.impexflow.attachment;

/** What a file is to its declaration. */
public enum AttachmentKind {
    ESB_CERTIFICATE("Certificat au regard du risque ESB"),
    EARLIER_DECLARATION_COPY("Copie d'une déclaration précédente (DEI/DEC)"),
    OTHER_DOCUMENT("Autre document"),
    COMPLEMENT("Pièce fournie en complément"),
    VALIDATED_COPY("Déclaration visée (PDF)");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
