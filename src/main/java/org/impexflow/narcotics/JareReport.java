package org.impexflow.narcotics;

import java.util.List;
import java.util.Map;

/**
 * The validation of a workbook: its findings cell by cell (at most {@link JareReader#LISTED} listed, the
 * others summed up in one last finding), how many of each severity it found in all, and what it
 * declares, by NDS number, when it could be read.
 */
public record JareReport(List<Finding> findings, Map<String, StockMovements> substances,
        Map<String, StockMovements> preparations, long blocking, long warnings) {

    /** A report whose findings are all listed. */
    public JareReport(List<Finding> findings, Map<String, StockMovements> substances,
            Map<String, StockMovements> preparations) {
        this(findings, substances, preparations, count(findings, Finding.Severity.BLOCKING),
                count(findings, Finding.Severity.WARNING));
    }

    /** A blocking finding stops the submission. */
    public boolean blocked() {
        return blocking > 0;
    }

    /** Warnings are accepted with the operator's comment. */
    public boolean hasWarnings() {
        return warnings > 0;
    }

    public static JareReport refused(String message) {
        return new JareReport(List.of(Finding.of(Finding.Kind.FILE_REFUSED, Finding.FILE, null, message)), Map.of(), Map.of());
    }

    private static long count(List<Finding> findings, Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
