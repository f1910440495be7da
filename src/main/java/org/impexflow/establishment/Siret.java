package org.impexflow.establishment;

import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * N° SIRET: 14 digits whose last one is a Luhn check digit, except for the establishments of
 * La Poste (SIREN 356000000) whose digits add up to a multiple of 5 instead.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{14}")) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN) && !value.equals("35600000000048")) {
            int sum = value.chars().map(c -> c - '0').sum();
            return sum % 5 == 0;
        }
        return LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(value);
    }
}
