package org.impexflow.narcotics;

import java.math.BigDecimal;

/**
 * A line ANSM prefills in the workbook: a substance (as its exact salt) or a preparation of the
 * operator, its NDS number, GTIN, CAS number (substances only), unit, and the stock at 1 January
 * carried from last year's declaration (null when there is none).
 */
public record StockItem(String name, String ndsNumber, String gtin, String cas, Unit unit, BigDecimal openingStock) {
}
