package org.impexflow.attachment;

/** What a file is to its case. */
public enum AttachmentKind {
    ESB_CERTIFICATE("Certificat au regard du risque ESB"),
    EARLIER_DECLARATION_COPY("Copie d'une déclaration précédente (DEI/DEC)"),
    OTHER_DOCUMENT("Autre document"),
    COMPLEMENT("Pièce fournie en complément"),
    VALIDATED_COPY("Déclaration visée (PDF)"),
    COVER_LETTER("Lettre de demande signée (Pharmacien Responsable ou délégataire)"),
    IMPORT_AUTHORISATION("Autorisation d'importation (PDF)");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label in a language: English from messages_en.properties ({@code attachmentKind.<code>}). */
    public String label(java.util.Locale language) {
        return org.impexflow.reference.Languages.textOr(language, "attachmentKind." + name(), label);
    }
}
