package org.impexflow.attachment;

/** What a file is to its case. */
public enum AttachmentKind implements org.impexflow.reference.Labelled {
    ESB_CERTIFICATE,
    EARLIER_DECLARATION_COPY,
    OTHER_DOCUMENT,
    COMPLEMENT,
    VALIDATED_COPY,
    COVER_LETTER,
    IMPORT_AUTHORISATION,
    /** A document an operator joins to its annual narcotics declaration; which one: its document type. */
    ANNUAL_DECLARATION_DOCUMENT;

    @Override
    public String labelPrefix() {
        return "attachmentKind";
    }
}
