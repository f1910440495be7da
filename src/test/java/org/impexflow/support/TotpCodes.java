package org.impexflow.support;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What an authenticator app shows, computed by the test. */
public final class TotpCodes {

    public static final String REVIEWER = "HNXNSVDJEKR57KPGIPGEFQ6T7WYJ4LMO";
    public static final String DECLARANT = "UGDC4AACWZ22WY4LZ66Y4U2FTWNVON6Q";
    public static final String OTHERS = "TVO3PQ6ZVEY2LFQDSJBQN7MUKGXG4JTZ";

    private TotpCodes() {
    }

    /** The code of the 30-second step {@code offset} steps from now. */
    public static String code(String secret, int offset) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
                    Instant.now().getEpochSecond() / 30 + offset);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String secretOf(String demoUser) {
        return switch (demoUser) {
            case Declarations.REVIEWER -> REVIEWER;
            case Declarations.DECLARANT -> DECLARANT;
            default -> OTHERS;
        };
    }
}
