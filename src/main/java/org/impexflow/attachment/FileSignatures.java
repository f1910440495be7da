package org.impexflow.attachment;

import java.util.Arrays;

/**
 * What the first bytes of a content say, and how many parts a ZIP archive's directory can name, read
 * without opening the archive nor inflating anything: the attachments' type check ({@link FileTypes})
 * and the JARE workbook reader both refuse an archive by this bound before a ZIP reader holds its
 * directory.
 */
public final class FileSignatures {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The signature of a part's record in an archive's directory. */
    private static final byte[] DIRECTORY_ENTRY = {'P', 'K', 1, 2};

    private FileSignatures() {
    }

    /** The content begins as a ZIP archive does. */
    public static boolean isZip(byte[] content) {
        return startsWith(content, ZIP);
    }

    /**
     * How many records of a directory entry the content holds: a bound on the parts a ZIP reader can
     * find in it, before reading it.
     */
    public static int zipEntriesAtMost(byte[] content) {
        int found = 0;
        for (int i = 0; i <= content.length - DIRECTORY_ENTRY.length; i++) {
            if (content[i] == DIRECTORY_ENTRY[0] && content[i + 1] == DIRECTORY_ENTRY[1]
                    && content[i + 2] == DIRECTORY_ENTRY[2] && content[i + 3] == DIRECTORY_ENTRY[3]) {
                found++;
            }
        }
        return found;
    }

    /** The content begins with these bytes (a file type's signature). */
    public static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
