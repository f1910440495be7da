package org.impexflow.administration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.reference.Languages;

/**
 * The CSV files of the reference data, as Excel opens and saves them in France: UTF-8 with a BOM,
 * {@code ;} between fields, a header row naming the columns, fields in double quotes when they hold a
 * {@code ;}, a quote (doubled) or a line break. Read with bounds: a file over {@value #MAX_BYTES} bytes or
 * {@value #MAX_LINES} lines is refused before the rest is read.
 * <p>
 * A value that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is written after an apostrophe, which spreadsheets show as text; reading takes that apostrophe
 * off again, so that a file exported and loaded back changes nothing.
 */
public final class ReferenceCsv {

    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_LINES = 5000;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ReferenceCsv() {
    }

    /** A line of a file, numbered as a spreadsheet shows it (the header is line 1): its values by column, or why it is malformed. */
    public record Line(int number, Map<String, String> values, String malformed) {
    }

    /** A file refused as a whole before its lines are checked (size, length, header, encoding). */
    public static final class Refused extends Exception {

        Refused(String message) {
            super(message);
        }
    }

    /** The file of the rows, each a value by column (a missing value: empty). */
    static byte[] write(List<String> header, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", header)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String column : header) {
                fields.add(field(row.get(column)));
            }
            csv.append(String.join(";", fields)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * The lines of a file of {@code size} bytes whose header must be {@code header} (case and spaces
     * around names ignored); refused whole when too big, too long, not UTF-8 or of another header.
     */
    static List<Line> read(InputStream in, long size, List<String> header, Locale language)
            throws Refused, IOException {
        if (size > MAX_BYTES) {
            throw new Refused(Languages.text(language, "refAdmin.csv.tooBig"));
        }
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Refused(Languages.text(language, "refAdmin.csv.tooBig"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(Languages.text(language, "refAdmin.csv.encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().filter(c -> c == '\n').count() > MAX_LINES + 1) {
            throw new Refused(Languages.text(language, "refAdmin.csv.tooLong", MAX_LINES));
        }
        List<String> rows = text.lines().toList();
        if (rows.isEmpty() || !header(rows.get(0), header)) {
            throw new Refused(Languages.text(language, "refAdmin.csv.header", String.join(";", header)));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            if (lines.size() == MAX_LINES) {
                throw new Refused(Languages.text(language, "refAdmin.csv.tooLong", MAX_LINES));
            }
            List<String> fields = fields(rows.get(i));
            if (fields == null || fields.size() != header.size()) {
                lines.add(new Line(i + 1, null, Languages.text(language, "refAdmin.csv.shape", header.size())));
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), unguarded(fields.get(c)));
                }
                lines.add(new Line(i + 1, values, null));
            }
        }
        return lines;
    }

    private static String unguarded(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean header(String row, List<String> header) {
        List<String> names = fields(row);
        return names != null && names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList().equals(header);
    }

    /** The fields of a row, or null when a quoted field is not closed. */
    private static List<String> fields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
