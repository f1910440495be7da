package org.impexflow.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.impexflow.validation.FieldErrors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final Clock clock;

    Accounts(AccountRepository accounts, IdentityService identityService, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, Totp totp, SecretBox secrets, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.identityService = identityService;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.totp = totp;
        this.secrets = secrets;
        this.settings = settings;
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
        return accounts.findById(userId).orElseGet(() -> accounts.save(new Account(userId, passwordHash, technical)));
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

    @Transactional(readOnly = true)
    public String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    /** A wrong password; in its own transaction so that the count survives the failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passwordFailed(String userId) {
        accounts.findById(userId).ifPresent(a -> a.failPassword(settings.maxFailedPasswords(),
                now().plus(settings.lockDuration())));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passwordAccepted(String userId) {
        accounts.findById(userId).ifPresent(Account::passwordAccepted);
    }

    /** Changes a password after checking the rules; the field at fault is {@code password}. */
    public void changePassword(String userId, String rawPassword) {
        Account account = accounts.findById(userId).orElseThrow();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        PasswordCheck check = passwordPolicy.check(rawPassword, user == null ? null : user.getFirstName(),
                user == null ? null : user.getLastName(), userId);
        FieldErrors errors = new FieldErrors();
        check.failures().forEach(f -> errors.add("password", f.message()));
        errors.throwIfAny("Mot de passe refusé.");
        account.changePassword(passwordEncoder.encode(rawPassword));
        account.unlock();
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
        account.confirmTotp(0, now());
    }

    /** The first code from the app confirms the enrolment. */
    public CodeCheck confirmEnrolment(String userId, String code) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.isLocked(now())) {
            return CodeCheck.LOCKED;
        }
        OptionalLong step = totp.matchingStep(secrets.decrypt(account.getEncryptedTotpSecret()), code, 0, now());
        if (step.isPresent()) {
            account.confirmTotp(step.getAsLong(), now());
            return CodeCheck.ACCEPTED;
        }
        return wrongCode(account);
    }

    /** A code at login: right now or one step either side, and never one already used. */
    public CodeCheck checkCode(String userId, String code) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.isLocked(now()) || !account.isActive()) {
            return CodeCheck.LOCKED;
        }
        OptionalLong step = totp.matchingStep(secrets.decrypt(account.getEncryptedTotpSecret()), code,
                account.getTotpLastStep(), now());
        if (step.isPresent()) {
            account.useTotpStep(step.getAsLong());
            return CodeCheck.ACCEPTED;
        }
        return wrongCode(account);
    }

    /** Support: the phone is lost; the next login enrols a new one. */
    public void removeSecondFactor(String userId) {
        accounts.findById(userId).orElseThrow().removeTotp();
    }

    /** Support: the person left; no login any more, the cases stay with the establishment. */
    public void deactivate(String userId) {
        accounts.findById(userId).orElseThrow().deactivate(now());
    }

    public void unlock(String userId) {
        accounts.findById(userId).orElseThrow().unlock();
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
        boolean locked = account.failCode(settings.maxFailedCodes(), now().plus(settings.lockDuration()));
        return locked ? CodeCheck.LOCKED : CodeCheck.WRONG;
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
