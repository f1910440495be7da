package org.impexflow.administration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.reference.CountryMembership;
import org.impexflow.reference.Languages;

/**
 * The CSV of the memberships, as Excel opens and saves it in France: UTF-8 with a BOM, {@code ;} between
 * fields, a header row, fields in double quotes when they hold a {@code ;} or a quote (doubled). Read
 * with bounds: a file over {@value #MAX_BYTES} bytes or {@value #MAX_LINES} lines is refused before the
 * rest is read.
 */
public final class MembershipCsv {

    static final String[] HEADER = {"country_code", "kind", "valid_from", "valid_until", "source"};
    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_LINES = 5000;
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("countryCode", "country_code", "kind", "kind",
            "validFrom", "valid_from", "validUntil", "valid_until", "source", "source");

    private MembershipCsv() {
    }

    /** A line of the file, numbered as a spreadsheet shows it (the header is line 1). */
    public record Line(int number, MembershipAdministration.PeriodInput input, String malformed) {
    }

    /** A file refused as a whole before its lines are checked (size, length, header, encoding). */
    public static final class Refused extends Exception {

        Refused(String message) {
            super(message);
        }
    }

    /** The column of the CSV a field of the form is read from. */
    static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    /** The file of every period. */
    static byte[] write(List<CountryMembership> periods) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", HEADER)).append("\r\n");
        for (CountryMembership p : periods) {
            csv.append(p.getCountryCode()).append(';').append(p.getKind().name()).append(';')
                    .append(p.getValidFrom()).append(';').append(p.getValidUntil() == null ? "" : p.getValidUntil())
                    .append(';').append(quoted(p.getSource())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** The lines of a file of {@code size} bytes; refused whole when too big, too long or not of this shape. */
    static List<Line> read(InputStream in, long size, Locale language) throws Refused, IOException {
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
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
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
        if (rows.isEmpty() || !header(rows.get(0))) {
            throw new Refused(Languages.text(language, "refAdmin.csv.header", String.join(";", HEADER)));
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
            if (fields == null || fields.size() != HEADER.length) {
                lines.add(new Line(i + 1, null, Languages.text(language, "refAdmin.csv.shape", HEADER.length)));
            } else {
                lines.add(new Line(i + 1, new MembershipAdministration.PeriodInput(fields.get(0), fields.get(1),
                        fields.get(2), fields.get(3), fields.get(4)), null));
            }
        }
        return lines;
    }

    private static boolean header(String row) {
        List<String> names = fields(row);
        return names != null && names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList()
                .equals(List.of(HEADER));
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
