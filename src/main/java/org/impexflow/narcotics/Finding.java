package org.impexflow.narcotics;

/**
 * One line of a workbook's validation report: what kind of anomaly, where (sheet and cell, e.g.
 * "Substances!N7"), how serious, and what is wrong in words a pharmacist reads. The kinds are what the
 * operators' guide ({@code /stupefiants/guide}) lists, each with how to fix it.
 */
public record Finding(Kind kind, Severity severity, String sheet, String cell, String message) {

    /** How serious a finding is; labelled {@code daSeverity.<NAME>} in the messages. */
    public enum Severity implements org.impexflow.reference.Labelled {
        /** Stops the submission until the workbook is corrected. */
        BLOCKING,
        /** Allowed with a comment from the operator. */
        WARNING;

        @Override
        public String labelPrefix() {
            return "daSeverity";
        }
    }

    /**
     * Every kind of finding the reader reports, in the order of the guide, with its severity (none for
     * {@link #NOT_LISTED}, blocking when one of the findings it counts is). The guide's texts are the
     * messages {@code jareGuide.finding.<KIND>} (what) and {@code jareGuide.fix.<KIND>} (how to fix).
     */
    public enum Kind {
        FILE_REFUSED(Severity.BLOCKING),
        SHEET_MISSING(Severity.BLOCKING),
        SHEET_ADDED(Severity.WARNING),
        TOO_MANY_ROWS(Severity.BLOCKING),
        OTHER_YEAR(Severity.BLOCKING),
        WRONG_HEADER(Severity.BLOCKING),
        LINE_ADDED(Severity.BLOCKING),
        LINE_DUPLICATED(Severity.BLOCKING),
        PREFILLED_EDITED(Severity.BLOCKING),
        LINE_REMOVED(Severity.BLOCKING),
        NOT_A_QUANTITY(Severity.BLOCKING),
        NEGATIVE_QUANTITY(Severity.BLOCKING),
        NOT_BALANCED(Severity.BLOCKING),
        OPENING_STOCK_DIFFERS(Severity.WARNING),
        MANUFACTURE_UNKNOWN_NDS(Severity.BLOCKING),
        MANUFACTURE_UNIT_DIFFERS(Severity.BLOCKING),
        MANUFACTURE_USE_DIFFERS(Severity.WARNING),
        AUTHORISATIONS_DIFFER(Severity.WARNING),
        NOT_LISTED(null);

        private final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }

        /** The severity of every finding of this kind; null when it depends on the findings it counts. */
        public Severity severity() {
            return severity;
        }
    }

    /** Where a finding about the whole file is reported. */
    public static final String FILE = "Fichier";

    /** A finding of a kind whose severity is fixed. */
    public static Finding of(Kind kind, String sheet, String cell, String message) {
        if (kind.severity() == null) {
            throw new IllegalArgumentException(kind + " has no fixed severity");
        }
        return new Finding(kind, kind.severity(), sheet, cell, message);
    }

    /** The last finding of a long report, that counts the others: blocking when one of them is. */
    static Finding notListed(boolean blocking, String message) {
        return new Finding(Kind.NOT_LISTED, blocking ? Severity.BLOCKING : Severity.WARNING, FILE, null, message);
    }

    /** "Substances!N7", or the sheet alone when the finding is about the whole sheet. */
    public String where() {
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
