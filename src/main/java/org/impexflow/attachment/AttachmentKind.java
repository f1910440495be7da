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
    /** The manufacturer's certificate of compliance with EU GMP (BPF), for an export declaration. */
    GMP_CERTIFICATE,
    /** A document an operator joins to its annual narcotics declaration; which one: its document type. */
    ANNUAL_DECLARATION_DOCUMENT;

    @Override
    public String labelPrefix() {
        return "attachmentKind";
    }
}
