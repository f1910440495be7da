package org.impexflow.support;

import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;

/** Establishments made by a test for itself, with a random valid SIRET. */
public final class TestEstablishments {

    private TestEstablishments() {
    }

    public static Establishment create(Establishments establishments, String name) {
        return establishments.create(new Establishment(randomSiret(), name,
                EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT, "1 rue du Test", "75001", "Paris", "FR"));
    }

    /** A valid SIRET that no other test uses. */
    public static String randomSiret() {
        String body = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        try {
            return body + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(body);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }
}
