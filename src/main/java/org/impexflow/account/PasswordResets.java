package org.impexflow.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Mot de passe oublié": a link by mail, valid for a while (default 1 hour), usable once; the new
 * password follows the rules. The answer never tells whether the address has an account.
 */
@Service
@Transactional
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A link to mail once the request committed. */
    record LinkRequested(String userId, String link, String key) {
    }

    private final PasswordResetRepository resets;
    private final Accounts accounts;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final Clock clock;
    private final String baseUrl;

    PasswordResets(PasswordResetRepository resets, Accounts accounts, SecuritySettings settings,
            ApplicationEventPublisher events, Mailer mailer, MailTemplates templates, Clock clock,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.resets = resets;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.mailer = mailer;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public void request(String email) {
        String userId = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        Optional<Account> account = accounts.find(userId).filter(a -> a.isActive() && !a.isTechnical());
        if (account.isEmpty()) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        String hash = hash(token);
        resets.save(new PasswordReset(hash, userId, now.plus(settings.passwordResetValidity()), now));
        events.publishEvent(new LinkRequested(userId, baseUrl + "/password/reset?token=" + token, "PASSWORD-RESET:"
                + hash));
    }

    /** Mailed after the request committed, outside the person's transaction. */
    @TransactionalEventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void mailLink(LinkRequested request) {
        long minutes = settings.passwordResetValidity().toMinutes();
        mailer.sendOnce(request.key(), templates.mail(request.userId(), "password-reset", Map.of(
                "name", accounts.displayName(request.userId()), "link", request.link(), "minutes", minutes)));
    }

    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return token != null && resets.findById(hash(token)).filter(r -> r.isUsable(clock.instant())).isPresent();
    }

    /** Sets the new password; throws the rules that fail (field {@code password}). */
    public boolean reset(String token, String newPassword) {
        Optional<PasswordReset> reset = token == null ? Optional.empty()
                : resets.findById(hash(token)).filter(r -> r.isUsable(clock.instant()));
        if (reset.isEmpty()) {
            return false;
        }
        accounts.changePassword(reset.get().getUserId(), newPassword);
        reset.get().use(clock.instant());
        return true;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
