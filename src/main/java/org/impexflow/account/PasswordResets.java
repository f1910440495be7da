package org.impexflow.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Mot de passe oublié": a link by mail, valid for a while (default 1 hour), usable once, and only the
 * latest one; at most {@value #LINKS_PER_HOUR} links an hour per account. The new password follows
 * the rules, ends every session of the account and voids its other links; it does not lift a lock of
 * wrong codes (support does). The request is handled after the answer ({@code PasswordResetController}),
 * so the answer never tells, by its content or its time, whether the address has an account.
 */
@Service
@Transactional
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LINKS_PER_HOUR = 3;

    /** A link to mail once the request committed. */
    record LinkRequested(String userId, String link, String key) {
    }

    /** A password changed, to tell its holder once the change committed. */
    record PasswordChanged(String userId, Instant at, String key) {
    }

    private final PasswordResetRepository resets;
    private final Accounts accounts;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final SecurityEvents log;
    private final Clock clock;
    private final String baseUrl;

    PasswordResets(PasswordResetRepository resets, Accounts accounts, SecuritySettings settings,
            ApplicationEventPublisher events, Mailer mailer, MailTemplates templates, SecurityEvents log,
            Clock clock, @Value("${impexflow.base-url}") String baseUrl) {
        this.log = log;
        this.resets = resets;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.mailer = mailer;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A link asked for this address from that client address (read by the page before it answered). */
    public void request(String email, String source) {
        String userId = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        Optional<Account> account = accounts.find(userId).filter(a -> a.isActive() && !a.isTechnical());
        Instant now = clock.instant();
        if (account.isEmpty()) {
            log.recordFrom(source, SecurityEventKind.PASSWORD_RESET_REQUESTED, SecurityEvents.ANONYMOUS, userId,
                    "aucun compte de personne actif à cette adresse : aucun lien envoyé");
            return;
        }
        if (resets.countByUserIdAndCreatedAtAfter(userId, now.minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
            log.recordFrom(source, SecurityEventKind.PASSWORD_RESET_REQUESTED, SecurityEvents.ANONYMOUS, userId,
                    LINKS_PER_HOUR + " liens déjà envoyés dans l'heure : aucun nouveau lien");
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        resets.voidAll(userId, now);
        resets.save(new PasswordReset(hash, userId, now.plus(settings.passwordResetValidity()), now));
        log.recordFrom(source, SecurityEventKind.PASSWORD_RESET_REQUESTED, SecurityEvents.ANONYMOUS, userId,
                "lien envoyé, valable " + settings.passwordResetValidity().toMinutes() + " min ; les précédents "
                        + "ne valent plus");
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

    /**
     * The holder is told that the password changed, when and how, and what to do if it was not them (mailed after
     * the change committed, once): whoever took over a mailbox and reset the password does not go unnoticed.
     */
    @TransactionalEventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void mailChange(PasswordChanged changed) {
        mailer.sendOnce(changed.key(), templates.mail(changed.userId(), "password-changed", Map.of(
                "name", accounts.displayName(changed.userId()),
                "at", org.impexflow.casefile.CaseDates.dayTime(changed.at()), "forgot", baseUrl + "/password/forgot")));
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
        String userId = reset.get().getUserId();
        accounts.changePassword(userId, newPassword);
        resets.voidAll(userId, clock.instant());
        events.publishEvent(new PasswordChanged(userId, clock.instant(), "PASSWORD-CHANGED:" + hash(token)));
        log.record(SecurityEventKind.PASSWORD_RESET, SecurityEvents.ANONYMOUS, userId,
                "par le lien reçu par courriel ; toutes les sessions du compte sont fermées, les autres liens "
                        + "ne valent plus" + (accounts.find(userId).filter(Account::isLocked).isPresent()
                                ? " ; le verrouillage par codes erronés reste (support)" : ""));
        return true;
    }

    private static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
