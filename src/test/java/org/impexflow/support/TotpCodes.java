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

    /** The last step handed out per account and secret: the server refuses a step at or before the last used. */
    private static final java.util.Map<String, Long> LAST_HANDED_OUT = new java.util.HashMap<>();

    /**
     * A code of a step that no earlier login of these tests used: the current step's, else the next
     * one's (the server accepts one step either side), else the current step of the next 30 seconds,
     * waited for. A person logging in twice within one step waits for the next code just the same.
     */
    public static synchronized String unusedCode(String user, String secret) {
        String key = user + " " + secret;
        while (true) {
            long now = Instant.now().getEpochSecond() / 30;
            long step = Math.max(now, LAST_HANDED_OUT.getOrDefault(key, Long.MIN_VALUE) + 1);
            if (step <= now + 1) {
                LAST_HANDED_OUT.put(key, step);
                return codeOfStep(secret, step);
            }
            long wait = Math.max(50, (now + 1) * 30_000 - System.currentTimeMillis() + 100);
            System.out.println("TOTP: " + user + " waits " + wait + " ms for a code not used yet");
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The code of the 30-second step {@code offset} steps from now. */
    public static String code(String secret, int offset) {
        return codeOfStep(secret, Instant.now().getEpochSecond() / 30 + offset);
    }

    private static String codeOfStep(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
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
