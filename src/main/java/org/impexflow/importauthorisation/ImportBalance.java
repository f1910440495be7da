package org.impexflow.importauthorisation;

import java.time.LocalDate;
import java.util.List;

/**
 * What an authorisation still allows: the quantity authorised, imported and remaining, the operations
 * allowed and made, and the last day of validity.
 */
public record ImportBalance(long authorised, long imported, int operationsAllowed, List<ImportOperation> operations,
        LocalDate validUntil) {

    public long remaining() {
        return authorised - imported;
    }

    public int operationsMade() {
        return operations.size();
    }

    public int operationsLeft() {
        return Math.max(0, operationsAllowed - operations.size());
    }

    /** Nothing more can be imported under it: the whole quantity, or every operation allowed, is used. */
    public boolean usedUp() {
        return remaining() <= 0 || operationsLeft() == 0;
    }
}
