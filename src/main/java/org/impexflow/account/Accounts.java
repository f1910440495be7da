package org.impexflow.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.validation.FieldErrors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: creation (with the user and groups in the engine's identity service), passwords, the
 * second factor, lock-out, deactivation.
 */
@Service
@Transactional
public class Accounts {

    public enum CodeCheck { ACCEPTED, WRONG, LOCKED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final IdentityService identityService;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Totp totp;
    private final SecretBox secrets;
    private final SecuritySettings settings;
    private final LoginThrottle throttle;
    private final LoginSources sources;
    private final SecurityEvents events;
    private final Clock clock;

    Accounts(AccountRepository accounts, IdentityService identityService, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, Totp totp, SecretBox secrets, SecuritySettings settings,
            LoginThrottle throttle, LoginSources sources, SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.identityService = identityService;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.totp = totp;
        this.secrets = secrets;
        this.settings = settings;
        this.throttle = throttle;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an account whose password is already hashed, its user in the identity service (names,
     * e-mail, groups) and nothing else; the identity service's own password is random and unused.
     */
    public Account create(String userId, String firstName, String lastName, String passwordHash, boolean technical,
            List<String> groups) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(userId);
            user.setPassword(randomPassword());
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identityService.createMembership(userId, group);
            }
        }
        return accounts.findById(userId).orElseGet(() -> {
            events.record(SecurityEventKind.ACCOUNT_CREATED, actor(), userId, (technical ? "compte technique (API)"
                    : "compte de personne") + ", groupes : " + String.join(", ", groups.stream().map(group ->
                            java.util.Optional.ofNullable(identityService.createGroupQuery().groupId(group)
                                    .singleResult()).map(org.camunda.bpm.engine.identity.Group::getName).orElse(group))
                            .toList()));
            return accounts.save(new Account(userId, passwordHash, technical));
        });
    }

    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String userId) {
        return userId == null ? Optional.empty() : accounts.findById(userId);
    }

    @Transactional(readOnly = true)
    public boolean exists(String userId) {
        return accounts.existsById(userId);
    }

    @Transactional(readOnly = true)
    public List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** An address the account logged in from lately, and when last. */
    public record LoginSource(String address, Instant lastSuccessAt) {
    }

    /** What the account holds about its person: names, language, dates, second factor, recent addresses. */
    public record Holder(String userId, String firstName, String lastName, String language, Instant createdAt,
            Instant secondFactorEnrolledAt, boolean active, Instant deactivatedAt, List<LoginSource> loginSources) {
    }

    @Transactional(readOnly = true)
    public Optional<Holder> holder(String userId) {
        return accounts.findById(userId).map(account -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return new Holder(userId, user == null ? null : user.getFirstName(), user == null ? null
                    : user.getLastName(), account.getLanguage().getLanguage(), account.getCreatedAt(),
                    account.getTotpEnrolledAt(), account.isActive(), account.getDeactivatedAt(), sources.of(userId));
        });
    }

    /**
     * The person's first and last names, as Tasklist shows them; the identifier itself for anyone the engine
     * does not know by name (the system, a technical account, an address outside).
     */
    @Transactional(readOnly = true)
    public String displayName(String userId) {
        if (userId == null || userId.isBlank()) {
            return userId;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : (Objects.toString(user.getFirstName(), "") + " "
                + Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? userId : name;
    }

    /**
     * Changes a password after checking the rules (the field at fault is {@code password}); every
     * session of the account ends. A lock by wrong codes stays: the password is not the second factor.
     */
    public void changePassword(String userId, String rawPassword) {
        Account account = accounts.findById(userId).orElseThrow();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        PasswordCheck check = passwordPolicy.check(rawPassword, user == null ? null : user.getFirstName(),
                user == null ? null : user.getLastName(), userId);
        FieldErrors errors = new FieldErrors();
        check.failures().forEach(f -> errors.add("password", f.message()));
        errors.throwIfAny("Mot de passe refusé.");
        account.changePassword(passwordEncoder.encode(rawPassword));
        account.endSessions();
        sources.forget(userId);
    }

    /** The secret to enrol an authenticator app: the pending one if any, else a new one. */
    public String enrolmentSecret(String userId) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.isTotpEnrolled()) {
            throw new IllegalStateException(userId + " is already enrolled");
        }
        if (account.getEncryptedTotpSecret() != null) {
            return secrets.decrypt(account.getEncryptedTotpSecret());
        }
        String secret = totp.newSecret();
        account.startTotpEnrolment(secrets.encrypt(secret));
        return secret;
    }

    /** Sets an already known secret as enrolled (demo accounts). */
    public void enrolKnownSecret(String userId, String secret) {
        Account account = accounts.findById(userId).orElseThrow();
        account.startTotpEnrolment(secrets.encrypt(secret));
        account.confirmTotp(0, now(), account.getFailedCodes());
    }

    /** The first code from the app confirms the enrolment. */
    public CodeCheck confirmEnrolment(String userId, String code) {
        return confirmEnrolment(userId, code, 0);
    }

    /**
     * The first code from the app confirms the enrolment; the wrong codes typed before in the same
     * session ({@code wrongCodesOfThisSession}) are forgiven.
     */
    public CodeCheck confirmEnrolment(String userId, String code, int wrongCodesOfThisSession) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.isLocked()) {
            return CodeCheck.LOCKED;
        }
        OptionalLong step = totp.matchingStep(secrets.decrypt(account.getEncryptedTotpSecret()), code, 0, now());
        if (step.isPresent()) {
            account.confirmTotp(step.getAsLong(), now(), wrongCodesOfThisSession);
            return CodeCheck.ACCEPTED;
        }
        return wrongCode(account);
    }

    /** A code at login: right now or one step either side, and never one already used. */
    public CodeCheck checkCode(String userId, String code) {
        return checkCode(userId, code, 0);
    }

    /**
     * A code at login. A right one forgives the wrong codes typed before in the same session
     * ({@code wrongCodesOfThisSession}: the owner mistyped), never those of other sessions: someone
     * who has the password has {@code max-failed-codes} guesses in all, until support unlocks.
     */
    public CodeCheck checkCode(String userId, String code, int wrongCodesOfThisSession) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.isLocked() || !account.isActive()) {
            return CodeCheck.LOCKED;
        }
        OptionalLong step = totp.matchingStep(secrets.decrypt(account.getEncryptedTotpSecret()), code,
                account.getTotpLastStep(), now());
        if (step.isPresent()) {
            account.useTotpStep(step.getAsLong(), wrongCodesOfThisSession);
            return CodeCheck.ACCEPTED;
        }
        return wrongCode(account);
    }

    /** Support: the phone is lost; the next login enrols a new one; every session ends. */
    public void removeSecondFactor(String userId) {
        Account account = accounts.findById(userId).orElseThrow();
        account.removeTotp();
        account.endSessions();
        sources.forget(userId);
    }

    /** Support: the person left; no login any more, every session ends, the cases stay with the establishment. */
    public void deactivate(String userId) {
        Account account = accounts.findById(userId).orElseThrow();
        account.deactivate(now());
        account.endSessions();
    }

    /** Support: lifts the lock of wrong codes and the slowdown of the account's failed logins. */
    public void unlock(String userId) {
        accounts.findById(userId).orElseThrow().unlock();
        throttle.liftAccount(userId);
    }

    /** The language of the account's mails and documents (FR | EN on the pages, or at registration). */
    public void setLanguage(String userId, java.util.Locale language) {
        accounts.findById(userId).ifPresent(account -> account.setLanguage(language));
    }

    /** Sets a password hash as is (e.g. the one chosen at registration). */
    public void setPasswordHash(String userId, String hash) {
        accounts.findById(userId).orElseThrow().changePassword(hash);
    }

    String decryptedSecret(Account account) {
        return secrets.decrypt(account.getEncryptedTotpSecret());
    }

    private CodeCheck wrongCode(Account account) {
        boolean locked = account.failCode(settings.maxFailedCodes(), now());
        events.record(SecurityEventKind.SECOND_FACTOR_FAILED, account.getUserId(), account.getUserId(),
                "code erroné n° " + account.getFailedCodes() + " (verrouillage à " + settings.maxFailedCodes()
                        + ")");
        if (locked) {
            events.record(SecurityEventKind.ACCOUNT_LOCKED, account.getUserId(), account.getUserId(),
                    settings.maxFailedCodes() + " codes erronés après le bon mot de passe : "
                            + "seul le support déverrouille");
        }
        return account.isLocked() ? CodeCheck.LOCKED : CodeCheck.WRONG;
    }

    /** Who acts in the engine now, else the system (registration's process, demo data). */
    private String actor() {
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? SecurityEvents.SYSTEM_SOURCE : current.getUserId();
    }

    private Instant now() {
        return clock.instant();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
