package org.impexflow.narcotics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of a workbook (its {@code styles.xml}, read in streaming), so
 * that a number reads as Excel shows it, as POI's {@code DataFormatter} does with a whole workbook.
 * Bounded as Excel is: at most 64,000 cell styles and a few hundred formats; any beyond read as
 * "General".
 */
final class CellFormats extends DefaultHandler {

    private static final int MAX_STYLES = 64_000;
    private static final int MAX_FORMATS = 1_000;
    private static final int MAX_FORMAT_CHARS = 255;
    private static final String GENERAL = "General";

    private final Map<Integer, String> custom = new HashMap<>();
    private int[] formatOfStyle = new int[64];
    private int styles;
    private boolean inCellStyles;

    private CellFormats() {
    }

    /** The formats of the part; "General" everywhere when the workbook has none. */
    static CellFormats read(InputStream part) throws IOException, SAXException {
        return WorkbookFiles.parseIfAny(part, new CellFormats());
    }

    /** The number format index of a cell style (the cell's {@code s} attribute). */
    int index(int style) {
        return style >= 0 && style < styles ? formatOfStyle[style] : 0;
    }

    /** The number format of a cell style, e.g. "General", "0.00", "dd/mm/yyyy". */
    String format(int style) {
        int index = index(style);
        String format = custom.get(index);
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(index);
        }
        return format == null ? GENERAL : format;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmt" -> {
                Integer id = number(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null && code.length() <= MAX_FORMAT_CHARS && custom.size() < MAX_FORMATS) {
                    custom.put(id, code);
                }
            }
            case "cellXfs" -> inCellStyles = true;
            case "xf" -> {
                if (inCellStyles && styles < MAX_STYLES) {
                    if (styles == formatOfStyle.length) {
                        formatOfStyle = Arrays.copyOf(formatOfStyle, Math.min(MAX_STYLES, styles * 2));
                    }
                    Integer id = number(attributes.getValue("numFmtId"));
                    formatOfStyle[styles++] = id == null ? 0 : id;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(localName)) {
            inCellStyles = false;
        }
    }

    private static Integer number(String value) {
        if (value == null || value.isEmpty() || value.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
