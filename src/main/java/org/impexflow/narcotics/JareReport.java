package org.impexflow.narcotics;

import java.util.List;
import java.util.Map;

/**
 * The validation of a workbook: its findings cell by cell, and what it declares, by NDS number, when
 * it could be read.
 */
public record JareReport(List<Finding> findings, Map<String, StockMovements> substances,
        Map<String, StockMovements> preparations) {

    /** A blocking finding stops the submission. */
    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.BLOCKING);
    }

    /** Warnings are accepted with the operator's comment. */
    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING);
    }

    public static JareReport refused(String message) {
        return new JareReport(List.of(Finding.blocking("Fichier", null, message)), Map.of(), Map.of());
    }
}
