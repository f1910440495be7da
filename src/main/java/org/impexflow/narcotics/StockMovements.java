package org.impexflow.narcotics;

import java.math.BigDecimal;

/**
 * The quantities a row of a stock sheet declares for the year, in its unit. Entries: received or
 * acquired, imported, obtained by manufacture; exits: used in manufacture, losses, transferred,
 * exported.
 */
public record StockMovements(BigDecimal opening, BigDecimal received, BigDecimal imported, BigDecimal usedInManufacture,
        BigDecimal obtainedByManufacture, BigDecimal losses, BigDecimal transferred, BigDecimal exported,
        BigDecimal closing) {

    /** What the closing stock should be: opening + entries − exits. */
    public BigDecimal expectedClosing() {
        return opening.add(received).add(imported).add(obtainedByManufacture)
                .subtract(usedInManufacture).subtract(losses).subtract(transferred).subtract(exported);
    }
}
