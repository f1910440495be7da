package org.impexflow.narcotics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What ANSM expects of an operator's workbook for a year: the lines it prefilled, and the quantities
 * of the import and export authorisations on record for that year, by NDS number (in each line's unit).
 */
public record JareExpectation(int year, List<StockItem> substances, List<StockItem> preparations,
        Map<String, BigDecimal> authorisedImports, Map<String, BigDecimal> authorisedExports) {
}
