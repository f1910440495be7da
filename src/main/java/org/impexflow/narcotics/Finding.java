package org.impexflow.narcotics;

/**
 * One line of a workbook's validation report: where (sheet and cell, e.g. "Substances!N7"), how
 * serious, and what is wrong in words a pharmacist reads.
 */
public record Finding(Severity severity, String sheet, String cell, String message) {

    public enum Severity {
        /** Stops the submission until the workbook is corrected. */
        BLOCKING("Bloquant", "Blocking"),
        /** Allowed with a comment from the operator. */
        WARNING("Avertissement", "Warning");

        private final String french;
        private final String english;

        Severity(String french, String english) {
            this.french = french;
            this.english = english;
        }

        public String french() {
            return french;
        }

        public String english() {
            return english;
        }
    }

    public static Finding blocking(String sheet, String cell, String message) {
        return new Finding(Severity.BLOCKING, sheet, cell, message);
    }

    public static Finding warning(String sheet, String cell, String message) {
        return new Finding(Severity.WARNING, sheet, cell, message);
    }

    /** "Substances!N7", or the sheet alone when the finding is about the whole sheet. */
    public String where() {
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
