package org.impexflow.attachment;

/** What a file is to its case. */
public enum AttachmentKind implements org.impexflow.reference.Labelled {
    ESB_CERTIFICATE,
    EARLIER_DECLARATION_COPY,
    OTHER_DOCUMENT,
    COMPLEMENT,
    VALIDATED_COPY,
    COVER_LETTER,
    IMPORT_AUTHORISATION;

    @Override
    public String labelPrefix() {
        return "attachmentKind";
    }
}
