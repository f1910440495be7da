package org.impexflow.narcotics;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet in streaming (a SAX handler on its XML) and hands its rows, one at a time, to a
 * {@link Consumer}; nothing of a row is kept once handed. Only the first columns are read, each cell
 * as Excel shows it (text cut at {@link WorkbookFiles#MAX_CELL_CHARS}) and, when it holds one, its
 * number. The consumer stops the reading by throwing {@link Stop}; so does a row past the last one
 * asked for, before anything of it is read.
 */
final class SheetRows extends DefaultHandler {

    /** What is done with the rows. */
    interface Consumer {
        void row(Row row) throws Stop;
    }

    /** Ends the reading of the sheet: enough read, or a row beyond the limit (then {@link #row()} says which). */
    static final class Stop extends SAXException {
        private final int row;

        Stop(int row) {
            super("stop at row " + row, null);
            this.row = row;
        }

        /** The index (from 0) of the row that ended the reading, -1 when the consumer had enough. */
        int row() {
            return row;
        }
    }

    /**
     * One row: for each of its first columns, the text of the cell as Excel shows it (empty when there
     * is no cell) and its number when the cell holds a number (or a formula whose value is a number).
     */
    static final class Row {
        private final int index;
        private final String[] texts;
        private final double[] numbers;
        private final boolean[] numeric;

        Row(int index, int columns) {
            this.index = index;
            this.texts = new String[columns];
            this.numbers = new double[columns];
            this.numeric = new boolean[columns];
        }

        /** From 0, as POI numbers rows (row 3 of the sheet is 2). */
        int index() {
            return index;
        }

        /** The text of the cell, "" when there is none. */
        String text(int column) {
            return column < texts.length && texts[column] != null ? texts[column] : "";
        }

        boolean isNumber(int column) {
            return column < numeric.length && numeric[column];
        }

        double number(int column) {
            return numbers[column];
        }

        /** No cell of the first {@code columns} shows anything. */
        boolean blank(int columns) {
            for (int c = 0; c < Math.min(columns, texts.length); c++) {
                if (!text(c).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final SharedTexts shared;
    private final CellFormats formats;
    private final DataFormatter formatter;
    private final int columns;
    private final int lastRow;
    private final Consumer consumer;

    private boolean inSheetData;
    private Row row;
    private int rowIndex = -1;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private final SharedTexts.CellText value = new SharedTexts.CellText();
    private final SharedTexts.RichText inline = new SharedTexts.RichText("is");

    private SheetRows(SharedTexts shared, CellFormats formats, DataFormatter formatter, int columns, int lastRow,
            Consumer consumer) {
        this.shared = shared;
        this.formats = formats;
        this.formatter = formatter;
        this.columns = columns;
        this.lastRow = lastRow;
        this.consumer = consumer;
    }

    /**
     * Reads the sheet's rows up to index {@code lastRow}: a row beyond stops the reading with a
     * {@link Stop} naming it, thrown to the caller; a consumer's {@link Stop} is thrown too.
     */
    static void read(InputStream sheet, SharedTexts shared, CellFormats formats, DataFormatter formatter,
            int columns, int lastRow, Consumer consumer) throws IOException, SAXException {
        try (sheet) {
            WorkbookFiles.parse(sheet, new SheetRows(shared, formats, formatter, columns, lastRow, consumer));
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (inSheetData) {
                    startRow(attributes.getValue("r"));
                }
            }
            case "c" -> {
                if (row != null) {
                    startCell(attributes);
                }
            }
            case "v" -> {
                inValue = row != null;
                value.clear();
            }
            default -> inline.start(localName, row != null);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "sheetData" -> inSheetData = false;
            case "row" -> {
                if (row != null) {
                    Row done = row;
                    row = null;
                    consumer.row(done);
                }
            }
            case "c" -> {
                if (row != null) {
                    endCell();
                }
            }
            case "v" -> inValue = false;
            default -> inline.end(localName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else {
            inline.characters(ch, start, length);
        }
    }

    private void startRow(String r) throws SAXException {
        int index = r == null ? rowIndex + 1 : position(r) - 1;
        if (index < 0) {
            throw new SAXException("Numéro de ligne illisible : " + r);
        }
        if (index > lastRow) {
            throw new Stop(index);
        }
        rowIndex = index;
        row = new Row(index, columns);
        column = -1;
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : column(reference);
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Math.max(0, position(s));
        value.clear();
        inline.clear();
    }

    private void endCell() throws SAXException {
        if (column < 0 || column >= columns) {
            return;
        }
        boolean hasValue = !value.isEmpty();
        String raw = value.value();
        if ("inlineStr".equals(type)) {
            row.texts[column] = inline.isEmpty() ? raw : inline.value();
        } else if (!hasValue) {
            row.texts[column] = null;
        } else if ("s".equals(type)) {
            int index = position(raw.strip());
            String text = shared.get(index);
            if (text == null) {
                throw new SAXException("Texte partagé " + raw + " absent (" + shared.size() + " textes)");
            }
            row.texts[column] = text;
        } else if ("b".equals(type)) {
            row.texts[column] = "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        } else if (type == null || "n".equals(type)) {
            number(raw);
        } else {
            row.texts[column] = raw;
        }
    }

    /** A number cell: its value, and its text in the cell's number format. */
    private void number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            row.texts[column] = raw;
            return;
        }
        row.numbers[column] = number;
        row.numeric[column] = true;
        row.texts[column] = formatter.formatRawCellContents(number, formats.index(style), formats.format(style));
    }

    /** "AB12" → 27: the column of a cell reference; past the columns read when it is not one. */
    private int column(String reference) {
        int c = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char ch = Character.toUpperCase(reference.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            if (++letters > 3) {
                return Integer.MAX_VALUE;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return letters == 0 ? Integer.MAX_VALUE : c - 1;
    }

    /** A positive number of at most nine digits, -1 otherwise. */
    private static int position(String digits) {
        if (digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
