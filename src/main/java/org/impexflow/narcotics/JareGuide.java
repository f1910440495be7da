package org.impexflow.narcotics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.util.CellReference;

/**
 * The operators' guide to the JARE workbook ({@code /stupefiants/guide}), built from the reader's own
 * layout ({@link JareLayout}, {@link JareTemplate}) and kinds of finding ({@link Finding.Kind}), so that
 * it cannot list a sheet, a column or a check the reader does not have. The explanations are messages:
 * {@code jareGuide.sheet.<sheet key>}, {@code jareGuide.column.<column key>},
 * {@code jareGuide.finding.<KIND>} and {@code jareGuide.fix.<KIND>}.
 */
public final class JareGuide {

    /** A column of a sheet (or a row of Identification): where, its header, its key, who fills it. */
    public record Column(String where, String header, String key, boolean byAnsm) {
    }

    public record Sheet(String name, String key, List<Column> columns) {
    }

    /** A check: the kind of finding, its severity (null: blocking or a warning, as the findings it counts). */
    public record Check(Finding.Kind kind, Finding.Severity severity) {
    }

    private JareGuide() {
    }

    /** The sheets in the order of the workbook, each with its columns. */
    public static List<Sheet> sheets() {
        List<Sheet> sheets = new ArrayList<>();
        List<Column> identification = new ArrayList<>();
        for (int row = 0; row < JareTemplate.IDENTIFICATION_ROWS.size(); row++) {
            String label = JareTemplate.IDENTIFICATION_ROWS.get(row);
            identification.add(new Column("A" + (row + 1) + " / B" + (row + 1), label, key(label), true));
        }
        sheets.add(new Sheet(JareLayout.IDENTIFICATION, key(JareLayout.IDENTIFICATION), identification));
        for (String name : JareLayout.SHEETS.subList(1, JareLayout.SHEETS.size())) {
            List<String> headers = JareLayout.columns(name);
            int prefilled = JareLayout.MANUFACTURE.equals(name) ? 0 : JareLayout.prefilled(name);
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                columns.add(new Column(CellReference.convertNumToColString(c), headers.get(c), key(headers.get(c)),
                        c < prefilled));
            }
            sheets.add(new Sheet(name, key(name), columns));
        }
        return sheets;
    }

    /** Every check of the reader, in the order of {@link Finding.Kind}. */
    public static List<Check> checks() {
        return Arrays.stream(Finding.Kind.values()).map(k -> new Check(k, k.severity())).toList();
    }

    /** The units of a quantity, with the rounding a balance allows: "µg (1)", "mg (0.001)". */
    public static List<String> units() {
        return Arrays.stream(Unit.values()).map(u -> u.symbol() + " (" + u.tolerance().toPlainString() + ")").toList();
    }

    /** The message key of a header or sheet name: "Stock au 1er janvier" is "stockAu1erJanvier". */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder key = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            key.append(key.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return key.toString();
    }
}
