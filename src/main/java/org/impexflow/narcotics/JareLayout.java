package org.impexflow.narcotics;

import java.util.List;

/**
 * The layout of the JARE workbook of the annual narcotics declaration (docs/jare-workbook.md): its
 * sheets, their columns in order, and which columns ANSM prefills. The reader refuses any other.
 */
public final class JareLayout {

    public static final String IDENTIFICATION = "Identification";
    public static final String SUBSTANCES = "Substances";
    public static final String PREPARATIONS = "Préparations";
    public static final String MANUFACTURE = "Fabrication";
    public static final List<String> SHEETS = List.of(IDENTIFICATION, SUBSTANCES, PREPARATIONS, MANUFACTURE);

    /** Rows 1 and 2 of a stock sheet: a title, then the headers; data from row 3. */
    public static final int HEADER_ROW = 1;
    public static final int FIRST_DATA_ROW = 2;

    /** Columns of the substances' sheet: five prefilled by ANSM, then the operator's movements. */
    public static final List<String> SUBSTANCE_COLUMNS = List.of("Substance (sel exact)", "N° NDS", "GTIN", "N° CAS",
            "Unité", "Stock au 1er janvier", "Quantités reçues ou acquises", "Quantités importées",
            "Quantités utilisées en fabrication", "Quantités obtenues par fabrication", "Pertes",
            "Quantités cédées", "Quantités exportées", "Stock au 31 décembre");
    /** Columns of the preparations' sheet: the same, without the CAS number. */
    public static final List<String> PREPARATION_COLUMNS = List.of("Préparation", "N° NDS", "GTIN", "Unité",
            "Stock au 1er janvier", "Quantités reçues ou acquises", "Quantités importées",
            "Quantités utilisées en fabrication", "Quantités obtenues par fabrication", "Pertes",
            "Quantités cédées", "Quantités exportées", "Stock au 31 décembre");
    /** Columns of the sheet that links each preparation made to the substances it used. */
    public static final List<String> MANUFACTURE_COLUMNS = List.of("N° NDS de la préparation",
            "N° NDS de la substance", "Quantité de substance utilisée", "Unité de la substance",
            "Quantité de préparation obtenue", "Unité de la préparation");

    /** How many columns of a stock sheet ANSM prefills (name, NDS, GTIN, [CAS,] unit). */
    public static int prefilled(String sheet) {
        return SUBSTANCES.equals(sheet) ? 5 : 4;
    }

    /** The sheet's columns, for the stock sheets and the manufacture sheet. */
    public static List<String> columns(String sheet) {
        return switch (sheet) {
            case SUBSTANCES -> SUBSTANCE_COLUMNS;
            case PREPARATIONS -> PREPARATION_COLUMNS;
            case MANUFACTURE -> MANUFACTURE_COLUMNS;
            default -> throw new IllegalArgumentException(sheet);
        };
    }

    private JareLayout() {
    }
}
