package org.impexflow.administration;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.reference.CountryMembership;

/**
 * The CSV of the memberships ({@link ReferenceCsv}'s shape and bounds), its columns
 * {@code country_code;kind;valid_from;valid_until;source}.
 */
public final class MembershipCsv {

    static final List<String> HEADER = List.of("country_code", "kind", "valid_from", "valid_until", "source");
    static final long MAX_BYTES = ReferenceCsv.MAX_BYTES;
    static final int MAX_LINES = ReferenceCsv.MAX_LINES;
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("countryCode", "country_code", "kind", "kind",
            "validFrom", "valid_from", "validUntil", "valid_until", "source", "source");

    private MembershipCsv() {
    }

    /** A line of the file, numbered as a spreadsheet shows it (the header is line 1). */
    public record Line(int number, MembershipAdministration.PeriodInput input, String malformed) {
    }

    /** The column of the CSV a field of the form is read from. */
    static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    /** The file of every period. */
    static byte[] write(List<CountryMembership> periods) {
        return ReferenceCsv.write(HEADER, periods.stream().map(p -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("country_code", p.getCountryCode());
            row.put("kind", p.getKind().name());
            row.put("valid_from", p.getValidFrom().toString());
            row.put("valid_until", p.getValidUntil() == null ? "" : p.getValidUntil().toString());
            row.put("source", p.getSource());
            return row;
        }).toList());
    }

    /** The lines of a file of {@code size} bytes; refused whole when too big, too long or not of this shape. */
    static List<Line> read(InputStream in, long size, Locale language) throws ReferenceCsv.Refused, IOException {
        return ReferenceCsv.read(in, size, HEADER, language).stream()
                .map(l -> l.values() == null ? new Line(l.number(), null, l.malformed())
                        : new Line(l.number(), new MembershipAdministration.PeriodInput(l.values().get("country_code"),
                                l.values().get("kind"), l.values().get("valid_from"), l.values().get("valid_until"),
                                l.values().get("source")), null))
                .toList();
    }
}
