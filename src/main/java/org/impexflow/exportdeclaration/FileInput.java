package org.impexflow.exportdeclaration;

/** A file given with a filing: uploaded beforehand (a reference) or sent with the call (a File variable). */
sealed interface FileInput {

    record Uploaded(String reference) implements FileInput {
    }

    record Inline(String fileName, String mimeType, byte[] content) implements FileInput {
    }
}
