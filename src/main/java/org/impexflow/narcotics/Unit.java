package org.impexflow.narcotics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The units of quantity of the JARE workbook, each with the decimals it is declared to: a row
 * balances when opening + entries − exits equals closing within one unit of its last decimal.
 */
public enum Unit {
    MICROGRAM("µg", 0),
    MILLIGRAM("mg", 3),
    GRAM("g", 3),
    KILOGRAM("kg", 6);

    private final String symbol;
    private final int decimals;

    Unit(String symbol, int decimals) {
        this.symbol = symbol;
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    public int decimals() {
        return decimals;
    }

    /** The largest gap between the two sides of a row's balance that rounding explains. */
    public BigDecimal tolerance() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    /** "µg", "mg", "g", "kg" (also "ug" and "mcg" for µg, as keyboards type it). */
    public static Optional<Unit> ofSymbol(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String symbol = text.strip();
        if (symbol.equals("ug") || symbol.equals("mcg") || symbol.equals("μg")) {
            return Optional.of(MICROGRAM);
        }
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }
}
