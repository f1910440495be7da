package org.impexflow.exportdeclaration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importing authority's confirmation of receipt of a validated export declaration. The mail that
 * transmits the declaration carries a link with a token of its own: 256 random bits, kept as their
 * SHA-256 only on the e-mail transmission's row, usable once. Nothing else records a receipt.
 */
@Service
public class AuthorityReceipts {

    static final String PATH = "/verification/reception/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    public enum Outcome { CONFIRMED, ALREADY_CONFIRMED, UNKNOWN }

    /** A transmission found by its link: to whom it went, and whether (and when) its receipt was confirmed. */
    public record Receipt(Long declarationId, String authorityName, Instant confirmedAt, String confirmedBy) {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final AuthorityTransmissionRepository transmissions;
    private final DeclarationRegister register;
    private final String baseUrl;

    AuthorityReceipts(AuthorityTransmissionRepository transmissions, DeclarationRegister register,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.transmissions = transmissions;
        this.register = register;
        this.baseUrl = baseUrl;
    }

    /**
     * The e-mail transmission's row of a declaration, with a new receipt token unless its mail already
     * left (then the token of that mail stays the valid one). Committed before the mail is sent, in a
     * transaction of its own: a step that runs again after the mail left still finds the token's hash.
     *
     * @return the id of the row and the new token, if one was made
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Prepared prepare(Long declarationId, String authorityName, String authorityEmail, boolean mailAlreadySent) {
        AuthorityTransmission transmission = transmissions.findByDeclarationId(declarationId).stream()
                .filter(t -> t.getChannel() == AuthorityTransmission.Channel.EMAIL).findFirst()
                .orElseGet(() -> transmissions.save(new AuthorityTransmission(declarationId,
                        AuthorityTransmission.Channel.EMAIL, authorityName, authorityEmail, Instant.now(),
                        CaseVariables.SYSTEM, null)));
        if (mailAlreadySent) {
            return new Prepared(transmission.getId(), null);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        transmission.newReceiptToken(hash(token));
        return new Prepared(transmission.getId(), token);
    }

    /** The transmission's row and, when the mail is to be sent now, the token its link carries. */
    public record Prepared(Long transmissionId, String token) {
    }

    /** The address of the confirmation page of a token (what the mail holds). */
    String url(String token) {
        return baseUrl + PATH + token;
    }

    @Transactional(readOnly = true)
    public Optional<Receipt> find(String token) {
        return lookup(token).map(t -> new Receipt(t.getDeclarationId(), t.getRecipientName(),
                t.getReceiptConfirmedAt(), t.getReceiptConfirmedBy()));
    }

    /**
     * Confirms the receipt of the transmission a token belongs to, once: the first call records it in the
     * case history, every later one (or a concurrent one) finds it already confirmed.
     */
    @Transactional
    public Outcome confirm(String token, String person) {
        Optional<AuthorityTransmission> found = lookup(token);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        AuthorityTransmission transmission = found.get();
        if (transmissions.confirmOnce(transmission.getId(), Instant.now(), person) == 0) {
            return Outcome.ALREADY_CONFIRMED;
        }
        register.note(transmission.getDeclarationId(), DeclarationEventKind.RECEIPT_CONFIRMED,
                transmission.getRecipientEmail(), transmission.getRecipientName() + " – " + person);
        return Outcome.CONFIRMED;
    }

    private Optional<AuthorityTransmission> lookup(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return transmissions.findByReceiptTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
