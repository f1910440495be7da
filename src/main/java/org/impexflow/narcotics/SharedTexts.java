package org.impexflow.narcotics;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared texts of a workbook (its {@code sharedStrings.xml}), which text cells point to by number,
 * read in streaming and kept in blocks of characters: each text cut at
 * {@link WorkbookFiles#MAX_CELL_CHARS}, at most {@link WorkbookFiles#MAX_SHARED_TEXTS} texts and
 * {@link WorkbookFiles#MAX_SHARED_CHARS} characters in all, or the workbook is refused. Phonetic runs
 * are left out, as Excel shows the cell.
 */
final class SharedTexts extends DefaultHandler {

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Texts are kept in blocks of characters, a text never across two: no block is ever copied. */
    private static final int BLOCK = 1 << 16;

    private final List<char[]> blocks = new ArrayList<>();
    private int usedInBlock = BLOCK;
    private int length;
    /** Where each text starts: block × {@link #BLOCK} + offset; and its length. */
    private int[] starts = new int[1024];
    private short[] lengths = new short[1024];
    private int count;

    private final RichText item = new RichText("si");

    private SharedTexts() {
    }

    /** The texts of the part, none when the workbook has no shared texts. */
    static SharedTexts read(InputStream part) throws IOException, SAXException {
        return WorkbookFiles.parseIfAny(part, new SharedTexts());
    }

    int size() {
        return count;
    }

    /** The text number {@code index} (from 0), or null when there is none. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        return new String(blocks.get(starts[index] / BLOCK), starts[index] % BLOCK, lengths[index]);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        item.start(localName, true);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (item.end(localName)) {
            add(item.value());
        }
    }

    @Override
    public void characters(char[] ch, int start, int len) {
        item.characters(ch, start, len);
    }

    private void add(String value) throws SAXException {
        if (count == WorkbookFiles.MAX_SHARED_TEXTS || length + value.length() > WorkbookFiles.MAX_SHARED_CHARS) {
            throw new SAXException(new WorkbookFiles.LimitReached(WorkbookFiles.REFUSED + "il contient plus de "
                    + WorkbookFiles.grouped(WorkbookFiles.MAX_SHARED_TEXTS) + " textes différents ou plus de "
                    + WorkbookFiles.grouped(WorkbookFiles.MAX_SHARED_CHARS) + " caractères de texte ; un fichier JARE "
                    + "en contient bien moins."));
        }
        if (usedInBlock + value.length() > BLOCK) {
            blocks.add(new char[BLOCK]);
            usedInBlock = 0;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, Math.min(WorkbookFiles.MAX_SHARED_TEXTS, count * 2));
            lengths = Arrays.copyOf(lengths, starts.length);
        }
        value.getChars(0, value.length(), blocks.get(blocks.size() - 1), usedInBlock);
        starts[count] = (blocks.size() - 1) * BLOCK + usedInBlock;
        lengths[count++] = (short) value.length();
        usedInBlock += value.length();
        length += value.length();
    }

    /** Excel writes the characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
    static String unescape(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPED.matcher(value);
        StringBuilder decoded = new StringBuilder(value.length());
        while (m.find()) {
            m.appendReplacement(decoded, "");
            decoded.append((char) Integer.parseInt(m.group(1), 16));
        }
        m.appendTail(decoded);
        return decoded.toString();
    }

    /**
     * The text of a rich-text element ({@code si} of the shared texts, {@code is} of a cell with its text inline)
     * as it is read: its {@code t} runs, the phonetic runs ({@code rPh}) left out, as Excel shows the cell.
     */
    static final class RichText {
        private final String element;
        private final CellText text = new CellText();
        private boolean inElement;
        private boolean inText;
        private int phonetic;

        RichText(String element) {
            this.element = element;
        }

        /** An element starts; when it is the rich text, its runs are read if {@code read}. */
        void start(String localName, boolean read) {
            if (localName.equals(element)) {
                inElement = read;
                text.clear();
            } else if (localName.equals("rPh")) {
                phonetic++;
            } else if (localName.equals("t")) {
                inText = inElement && phonetic == 0;
            }
        }

        /** An element ends: true when it is the rich text. */
        boolean end(String localName) {
            if (localName.equals("rPh")) {
                phonetic--;
            } else if (localName.equals("t")) {
                inText = false;
            }
            boolean ends = localName.equals(element);
            inElement = inElement && !ends;
            return ends;
        }

        void characters(char[] ch, int start, int len) {
            if (inText) {
                text.append(ch, start, len);
            }
        }

        void clear() {
            text.clear();
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        String value() {
            return text.value();
        }
    }

    /**
     * The text of one cell as it is read: at most {@link WorkbookFiles#MAX_CELL_CHARS} characters kept,
     * and "…" after them when the cell had more.
     */
    static final class CellText {
        private final StringBuilder kept = new StringBuilder();
        private boolean cut;

        void clear() {
            kept.setLength(0);
            cut = false;
        }

        void append(char[] ch, int start, int len) {
            int room = WorkbookFiles.MAX_CELL_CHARS - kept.length();
            if (len > room) {
                cut = true;
            }
            kept.append(ch, start, Math.max(0, Math.min(len, room)));
        }

        boolean isEmpty() {
            return kept.isEmpty() && !cut;
        }

        String value() {
            String value = unescape(kept.toString());
            return cut ? value + "…" : value;
        }
    }
}
