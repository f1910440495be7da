package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.impexflow.account.Accounts;
import org.impexflow.account.PasswordCheck;
import org.impexflow.account.PasswordPolicy;
import org.impexflow.account.SecretBox;
import org.impexflow.account.SecuritySettings;
import org.impexflow.reference.Languages;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration: the form, the e-mail verification code, the CGU. Each step moves the
 * {@code account-activation} process on by a message; the process sends the mails and creates the
 * account.
 */
@Service
@Transactional
public class Registrations {

    /** Outcome of a code typed or clicked by the person. */
    public enum Verification { VERIFIED, WRONG_CODE, TOO_MANY_WRONG_CODES, NOT_FOUND }

    public record Form(String firstName, String lastName, String email, String password) {
    }

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PendingRegistrationRepository pending;
    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final SecretBox secretBox;
    private final SecuritySettings settings;
    private final RuntimeService runtime;
    private final Clock clock;
    private final String decoyCode;
    /** Only there so that the decoy comparison is not optimised away. */
    private volatile int decoyComparisons;

    Registrations(PendingRegistrationRepository pending, Accounts accounts, PasswordPolicy passwordPolicy,
            SecretBox secretBox, SecuritySettings settings, RuntimeService runtime, Clock clock) {
        this.pending = pending;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.secretBox = secretBox;
        this.settings = settings;
        this.runtime = runtime;
        this.clock = clock;
        this.decoyCode = secretBox.encrypt("%06d".formatted(RANDOM.nextInt(1_000_000)));
    }

    /**
     * Checks the form, then starts the activation. An e-mail already known gets the same answer as a
     * new one (the person learns nothing), after the same work (the password is hashed on both paths:
     * bcrypt is what takes time); the mail sent to that address, from a job after the answer, says
     * what happened.
     *
     * @return the id of the new pending registration, empty when the e-mail was already known
     */
    public Optional<String> register(Form form) {
        String email = form.email() == null ? "" : form.email().trim().toLowerCase(Locale.ROOT);
        FieldErrors errors = new FieldErrors();
        // said in the page's language: French, or English on the English page
        Locale page = page();
        String required = Languages.text(page, "register.error.required");
        String firstName = errors.text(FIRST_NAME, form.firstName(), true, 100, required);
        String lastName = errors.text(LAST_NAME, form.lastName(), true, 100, required);
        PersonNames.check(errors, FIRST_NAME, Languages.text(page, "register.firstName"), firstName, page);
        PersonNames.check(errors, LAST_NAME, Languages.text(page, "register.lastName"), lastName, page);
        if (email.isEmpty()) {
            errors.add(EMAIL, required);
        } else if (!EMAIL_PATTERN.matcher(email).matches() || email.length() > 255) {
            errors.add(EMAIL, Languages.text(page, "register.error.email"));
        }
        PasswordCheck check = passwordPolicy.check(form.password(), firstName, lastName, email);
        check.failures().forEach(f -> errors.add("password", passwordPolicy.inLanguage(f.message(), page)));
        errors.throwIfAny("Inscription refusée.");

        String passwordHash = accounts.hash(form.password());
        if (accounts.exists(email) || pending.findByEmail(email).isPresent()) {
            runtime.startProcessInstanceByKey(AccountActivationProcess.KEY, email, Variables.createVariables()
                    .putValue(EMAIL, email).putValue(FIRST_NAME, firstName).putValue(LAST_NAME, lastName)
                    .putValue(EMAIL_ALREADY_KNOWN, true).putValue(LANGUAGE, language()));
            return Optional.empty();
        }
        Instant now = clock.instant();
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        PendingRegistration registration = pending.save(new PendingRegistration(UUID.randomUUID().toString(), email,
                firstName, lastName, passwordHash, secretBox.encrypt(code),
                HexFormat.of().formatHex(token), now.plus(settings.registrationCodeValidity()), now));
        String processInstanceId = runtime.startProcessInstanceByKey(AccountActivationProcess.KEY, email,
                Variables.createVariables()
                        .putValue(REGISTRATION_ID, registration.getId()).putValue(EMAIL, email)
                        .putValue(FIRST_NAME, firstName).putValue(LAST_NAME, lastName)
                        .putValue(EMAIL_ALREADY_KNOWN, false).putValue(LANGUAGE, language())
                        .putValue(CODE_VALIDITY, settings.registrationCodeValidity().toString())
                        .putValue(CGU_VALIDITY, settings.cguValidity().toString()))
                .getId();
        registration.processInstance(processInstanceId);
        return Optional.of(registration.getId());
    }

    /** The language of the page the person registers on; French outside a page (never the server's own). */
    private static Locale page() {
        org.springframework.context.i18n.LocaleContext page =
                org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        return Languages.of(page == null ? null : page.getLocale());
    }

    private static String language() {
        return page().getLanguage();
    }

    /**
     * The code typed on /register/verify for the registration of this browser session. Only the
     * session that registered (or the mail's link) can try codes: nobody else can disturb or cancel
     * someone's pending registration by typing wrong codes for their address.
     */
    public Verification verify(String registrationId, String code) {
        return Optional.ofNullable(registrationId).flatMap(pending::findById).map(r -> verify(r, code))
                .orElse(Verification.NOT_FOUND);
    }

    /**
     * The code typed in the session of a registration whose address was already known: there is no
     * code to find, but the same work is done as for a real one (decrypting and comparing a code), so
     * that the answer's time does not tell the two apart.
     */
    public void checkDecoyCode(String code) {
        String given = code == null ? "" : code.replaceAll("\\s", "");
        decoyComparisons += java.security.MessageDigest.isEqual(secretBox.decrypt(decoyCode).getBytes(),
                given.getBytes()) ? 1 : 0;
    }

    public int maxFailedCodes() {
        return settings.maxFailedRegistrationCodes();
    }

    /** The link of the mail carries its token and the code. */
    public Verification verifyLink(String token, String code) {
        return pending.findByLinkToken(token == null ? "" : token).map(r -> verify(r, code))
                .orElse(Verification.NOT_FOUND);
    }

    public Optional<String> idOfLink(String token) {
        return pending.findByLinkToken(token == null ? "" : token).map(PendingRegistration::getId);
    }

    public Optional<String> emailOf(String registrationId) {
        return pending.findById(registrationId).map(PendingRegistration::getEmail);
    }

    public boolean isVerified(String registrationId) {
        return pending.findById(registrationId).map(PendingRegistration::isVerified).orElse(false);
    }

    /** The person accepted the CGU: the process creates the account at once. */
    public boolean acceptCgu(String registrationId) {
        return answerCgu(registrationId, AccountActivationProcess.Messages.CGU_ACCEPTED);
    }

    public boolean refuseCgu(String registrationId) {
        return answerCgu(registrationId, AccountActivationProcess.Messages.CGU_REFUSED);
    }

    /**
     * « Annuler » at a step of the registration: the process removes the pending registration (and its
     * password hash) as for any abandoned one; the address can register again at once.
     *
     * @return whether a pending registration was cancelled
     */
    public boolean cancel(String registrationId) {
        Optional<PendingRegistration> registration = Optional.ofNullable(registrationId).flatMap(pending::findById);
        if (registration.isEmpty()) {
            return false;
        }
        return !runtime.createMessageCorrelation(AccountActivationProcess.Messages.CANCELLED)
                .processInstanceBusinessKey(registration.get().getEmail()).correlateAllWithResult().isEmpty();
    }

    private boolean answerCgu(String registrationId, String message) {
        Optional<PendingRegistration> registration = pending.findById(registrationId)
                .filter(PendingRegistration::isVerified);
        if (registration.isEmpty()) {
            return false;
        }
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(registration.get().getEmail())
                .correlateWithResult();
        return true;
    }

    private Verification verify(PendingRegistration registration, String code) {
        if (registration.isVerified()) {
            return Verification.VERIFIED;
        }
        if (registration.getCodeExpiresAt().isBefore(clock.instant())) {
            return Verification.NOT_FOUND;
        }
        String expected = secretBox.decrypt(registration.getEncryptedCode());
        String given = code == null ? "" : code.replaceAll("\\s", "");
        if (java.security.MessageDigest.isEqual(expected.getBytes(), given.getBytes())) {
            registration.verified(clock.instant());
            runtime.createMessageCorrelation(AccountActivationProcess.Messages.VERIFIED)
                    .processInstanceBusinessKey(registration.getEmail()).correlateWithResult();
            return Verification.VERIFIED;
        }
        if (registration.failCode() >= settings.maxFailedRegistrationCodes()) {
            runtime.createMessageCorrelation(AccountActivationProcess.Messages.TOO_MANY_WRONG_CODES)
                    .processInstanceBusinessKey(registration.getEmail()).correlateWithResult();
            return Verification.TOO_MANY_WRONG_CODES;
        }
        return Verification.WRONG_CODE;
    }

    /** What the process needs of a pending registration (names, e-mail, password hash, code). */
    Optional<PendingRegistration> pending(String registrationId) {
        return pending.findById(registrationId);
    }

    String code(PendingRegistration registration) {
        return secretBox.decrypt(registration.getEncryptedCode());
    }

    void discard(String registrationId) {
        pending.findById(registrationId).ifPresent(pending::delete);
    }

    int remainingAttempts(String registrationId) {
        return pending.findById(registrationId)
                .map(r -> Math.max(0, settings.maxFailedRegistrationCodes() - r.getFailedCodes())).orElse(0);
    }
}
