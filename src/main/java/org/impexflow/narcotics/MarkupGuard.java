package org.impexflow.narcotics;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stands between a workbook part and the XML parser so that the parser never has to hold much of it:
 * the parser streams text between tags in chunks, but holds a whole tag (with its attributes), comment,
 * CDATA section or processing instruction. A worksheet written by Excel, LibreOffice or POI has
 * neither comments, CDATA nor processing instructions but the XML declaration, and no tag or cell
 * longer than a few KB. So a part is refused when it has more than {@link WorkbookFiles#MAX_MARKUP_CHARS}
 * characters after a '&lt;' before the next one (which an attribute value may not contain), or a
 * comment, CDATA section, DTD or processing instruction other than a leading {@code <?xml }.
 */
final class MarkupGuard extends FilterReader {

    private static final String DECLARATION = "?xml";

    private long run;
    private int markups;
    /** How much of "?xml " the first markup has matched so far, or -1 past it. */
    private int declaration = -1;
    private boolean afterLt;

    MarkupGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            check((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++) {
            check(buffer[off + i]);
        }
        return n;
    }

    /** Skipped characters are checked as well: they are read. */
    @Override
    public long skip(long n) throws IOException {
        char[] skipped = new char[(int) Math.min(n, 8192)];
        long done = 0;
        while (done < n) {
            int read = read(skipped, 0, (int) Math.min(skipped.length, n - done));
            if (read < 0) {
                break;
            }
            done += read;
        }
        return done;
    }

    private void check(char c) throws IOException {
        if (declaration >= 0) {
            if (declaration < DECLARATION.length() ? c != DECLARATION.charAt(declaration) : !Character.isWhitespace(c)) {
                throw unexpected();
            }
            declaration = declaration < DECLARATION.length() ? declaration + 1 : -1;
        } else if (afterLt) {
            afterLt = false;
            if (c == '!' || (c == '?' && markups > 1)) {
                throw unexpected();
            }
            if (c == '?') {
                declaration = 1;
            }
        }
        if (c == '<') {
            run = 0;
            markups++;
            afterLt = true;
        } else if (++run > WorkbookFiles.MAX_MARKUP_CHARS) {
            throw new WorkbookFiles.LimitReached(WorkbookFiles.REFUSED + "une de ses cellules ou balises dépasse "
                    + WorkbookFiles.grouped(WorkbookFiles.MAX_MARKUP_CHARS) + " caractères ; une cellule d'Excel en "
                    + "contient au plus 32 767.");
        }
    }

    private static IOException unexpected() {
        return new IOException("Commentaire, section CDATA, DTD ou instruction inattendus dans une partie du classeur");
    }
}
