package org.impexflow.casefile;

/** A file given with a filing: uploaded beforehand (a reference) or sent with the call (a File variable). */
public sealed interface FileInput {

    record Uploaded(String reference) implements FileInput {
    }

    record Inline(String fileName, String mimeType, byte[] content) implements FileInput {
    }
}
