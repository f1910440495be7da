package org.impexflow.casefile;

import java.util.Set;

import org.impexflow.attachment.FileType;

/**
 * The types of file each file field of a case takes, the same for every procedure: a document (a
 * certificate, a copy, a signed letter) is a PDF or its scan in PNG or JPEG; the other documents of a
 * filing, the files of a complement and those of a mail received may also be Excel workbooks or the
 * mail itself (.eml).
 */
public final class FileFields {

    private static final Set<String> ANY_FILE = Set.of("otherDocuments", ComplementTaskListener.COMPLEMENT_FILES,
            "receivedFiles");

    private FileFields() {
    }

    public static Set<FileType> allowed(String field) {
        return ANY_FILE.contains(field) ? FileType.ANY : FileType.DOCUMENTS;
    }
}
