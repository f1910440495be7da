package org.impexflow.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.impexflow.access.StartIdentity;
import org.impexflow.attachment.Attachments;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.engine.EngineIdentity;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Siret;
import org.impexflow.mail.TemplateMails;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * What the mail intakes share (a case received by e-mail and entered by ANSM support in Tasklist: export
 * declarations, import authorisation requests): the received files, an establishment without an account
 * registered by support from the intake (SIRET with its check digit, name, address, postal code, city,
 * contact e-mail) as a pharmaceutical establishment in France, the filing on the establishment's behalf,
 * and the invitation of its contact to create the establishment's first account.
 */
@Component
public record MailIntake(Establishments establishments, CaseFiling filing, Attachments attachments,
        IdentityService identityService, RuntimeService runtimeService, TemplateMails mails, CaseRegister register) {

    /** The variables of every mail intake's start form, beside those of the case it files. */
    public static class Vars {
        /** The support agent who entered it (initiator). */
        public static final String SUPPORT_AGENT = "supportAgent";
        public static final String SENDER_EMAIL = "senderEmail";
        public static final String MAIL_RECEIVED_ON = "mailReceivedOn";
        public static final String RECEIVED_FILES = "receivedFiles";
        /** An establishment not yet registered under the SIRET: support registers it with these. */
        public static final String ESTABLISHMENT_NAME = "establishmentName";
        public static final String ESTABLISHMENT_ADDRESS = "establishmentAddress";
        public static final String ESTABLISHMENT_POSTAL_CODE = "establishmentPostalCode";
        public static final String ESTABLISHMENT_CITY = "establishmentCity";
        /** Its contact: receives the acknowledgement, the decisions and the invitation to create an account. */
        public static final String CONTACT_EMAIL = "contactEmail";
        /** Set by the filing: whether the establishment was registered by this intake. */
        public static final String ESTABLISHMENT_REGISTERED = "establishmentRegistered";

        protected Vars() {
        }
    }

    private static final Map<String, Integer> MAX_LENGTHS = Map.of(Vars.ESTABLISHMENT_NAME, 300,
            Vars.ESTABLISHMENT_ADDRESS, 1000, Vars.ESTABLISHMENT_CITY, 200, Vars.CONTACT_EMAIL, 255);

    /**
     * A case filed from an intake: its number (null when the procedure registered none), the support agent who
     * entered it, and the establishment this intake registered for it, if any.
     */
    public record Filed(String number, String agentId, Optional<Establishment> registered) {

        /**
         * The case's timeline (the procedure's kinds of events, by name): who entered it from which mail
         * ({@code RECEIVED_BY_MAIL}) and, for an establishment registered now, that it was filed on its behalf
         * ({@code FILED_ON_BEHALF}).
         */
        public <K extends Enum<K>> void history(DelegateExecution execution, Long caseId, Class<K> kinds,
                CaseSteps.Note<K> timeline) {
            timeline.note(caseId, Enum.valueOf(kinds, "RECEIVED_BY_MAIL"), agentId, receivedByMail(execution));
            registered.ifPresent(establishment -> timeline.note(caseId, Enum.valueOf(kinds, "FILED_ON_BEHALF"),
                    agentId, filedOnBehalf(establishment)));
        }
    }

    /**
     * Files the case received by e-mail: the process {@code processKey} starts, in the intake's transaction,
     * for the establishment of the SIRET, on its behalf (not by the support agent's account), with the
     * {@code forwarded} fields of the intake's start form as they were typed (a File variable stays one), the
     * declarant, the mark "received by mail" and the received files. The procedure runs the checks of an online
     * filing; a refusal, with {@code refusal}, names the fields and stores nothing.
     */
    public Filed file(DelegateExecution execution, String processKey, Collection<String> forwarded, String refusal) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : forwarded) {
            TypedValue value = execution.getVariableTyped(name);
            if (value != null && value.getValue() != null) {
                variables.put(name, value);
            }
        }
        // an establishment without an account yet: support registers it here; its contact is the declarant
        Optional<Establishment> registered = prepareFiling(execution, variables, refusal);
        String agentId = (String) execution.getVariable(Vars.SUPPORT_AGENT);
        String number = onBehalf(agentId,
                () -> runtimeService.startProcessInstanceByKey(processKey, variables)).getBusinessKey();
        return new Filed(number, agentId, registered);
    }

    /**
     * Prepares the variables of the filing from the intake: an establishment without an account is registered
     * (its contact is then the declarant, else the sender is), the case is marked received by mail (ANSM
     * support may answer its requests for complement), and the received files join its other documents.
     * Refused with {@code refusal}, naming the fields; nothing is stored then.
     *
     * @return the establishment registered now, if any
     */
    private Optional<Establishment> prepareFiling(DelegateExecution execution, Map<String, Object> filing,
            String refusal) {
        Optional<Establishment> registered = registerIfUnknown(execution, refusal);
        filing.put(CaseProcess.FilingVars.DECLARANT_EMAIL, registered.map(Establishment::getInvitedContactEmail)
                .orElse((String) execution.getVariable(Vars.SENDER_EMAIL)));
        filing.put(CaseProcess.FilingVars.RECEIVED_BY_MAIL, true);
        String agentId = (String) execution.getVariable(Vars.SUPPORT_AGENT);
        filing.put(CaseProcess.FilingVars.OTHER_DOCUMENTS, Stream.of(receivedFiles(execution, agentId, refusal),
                execution.getVariable(CaseProcess.FilingVars.OTHER_DOCUMENTS))
                .filter(v -> v instanceof String s && !s.isBlank()).map(String.class::cast)
                .collect(Collectors.joining(", ")));
        return registered;
    }

    /**
     * The establishment registered now for the intake's SIRET, or empty when one is already registered
     * under it (the establishment fields are then not used). Refuses with {@code refusal}, naming the
     * fields, a SIRET without its check digit or an unknown one without the establishment's details;
     * nothing is stored then. Sets {@code establishmentRegistered}.
     */
    private Optional<Establishment> registerIfUnknown(DelegateExecution execution, String refusal) {
        FieldErrors errors = new FieldErrors();
        CaseInput in = new CaseInput(execution, errors, MAX_LENGTHS);
        String siretField = CaseProcess.FilingVars.ESTABLISHMENT_SIRET;
        String siret = in.text(siretField, true);
        String digits = siret == null ? null : siret.replace(" ", "");
        if (digits != null && !Siret.isValid(digits)) {
            errors.add(siretField, "N° SIRET invalide (14 chiffres avec une clé de contrôle) : " + siret);
        }
        errors.throwIfAny(refusal);
        if (establishments.bySiret(digits).isPresent()) {
            execution.setVariable(Vars.ESTABLISHMENT_REGISTERED, false);
            return Optional.empty();
        }
        String unknown = "aucun établissement enregistré sous le N° SIRET " + digits + " : ";
        String name = required(in, Vars.ESTABLISHMENT_NAME, unknown + "la raison sociale est obligatoire pour l'enregistrer");
        String address = required(in, Vars.ESTABLISHMENT_ADDRESS, unknown + "l'adresse est obligatoire pour l'enregistrer");
        String postalCode = required(in, Vars.ESTABLISHMENT_POSTAL_CODE,
                unknown + "le code postal est obligatoire pour l'enregistrer");
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            errors.add(Vars.ESTABLISHMENT_POSTAL_CODE, "code postal français invalide (5 chiffres) : " + postalCode);
        }
        String city = required(in, Vars.ESTABLISHMENT_CITY, unknown + "la ville est obligatoire pour l'enregistrer");
        String contact = in.text(Vars.CONTACT_EMAIL, false);
        if (contact == null) {
            errors.add(Vars.CONTACT_EMAIL, unknown
                    + "l'adresse e-mail du contact, invité à créer un compte, est obligatoire");
        } else {
            filing.declarantEmail(in, Vars.CONTACT_EMAIL, null, null);
        }
        errors.throwIfAny(refusal);
        Establishment registered = new Establishment(digits, name, EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                address, postalCode, city, "FR").withInvitedContact(contact);
        execution.setVariable(Vars.ESTABLISHMENT_REGISTERED, true);
        // the engine group of its accounts is created by the system, not with the agent's permissions
        return Optional.of(Context.getCommandContext().runWithoutAuthorization(() -> establishments.create(registered)));
    }

    private static String required(CaseInput in, String field, String message) {
        String value = in.text(field, false);
        if (value == null) {
            in.errors().add(field, message);
        }
        return value;
    }

    /**
     * The references of the files received: as typed, or for a file sent with the start through
     * {@code /engine-rest} (a File variable), the reference of that file, checked by its content and
     * stored as the agent's upload; refused with {@code refusal} naming the field, and then nothing is stored.
     */
    private Object receivedFiles(DelegateExecution execution, String agentId, String refusal) {
        String field = Vars.RECEIVED_FILES;
        if (!(execution.getVariableTyped(field) instanceof FileValue file)) {
            return execution.getVariable(field);
        }
        FieldErrors errors = new FieldErrors();
        try (InputStream in = file.getValue()) {
            byte[] content = in == null ? new byte[0] : in.readNBytes((int) Attachments.MAX_SIZE + 1);
            String reference = attachments.upload(agentId, field, file.getFilename(), content,
                    FileFields.allowed(field)).getReference();
            execution.setVariable(field, reference);
            return reference;
        } catch (RefusedFileException refused) {
            errors.add(field, refused.detail());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.getFilename(), e);
        }
        errors.throwIfAny(refusal);
        return null;
    }

    /**
     * Starts the filing for the establishment its SIRET names, on its behalf, not by the support agent's
     * account ({@link StartIdentity#onBehalf}), in the intake's transaction.
     */
    private <T> T onBehalf(String agentId, Supplier<T> filing) {
        return EngineIdentity.asApplication(identityService, () -> StartIdentity.onBehalf(agentId, filing));
    }

    /**
     * The history line of a case filed for an establishment registered by this intake (the line's kind says it
     * was filed by support on its behalf, its actor who).
     */
    private static String filedOnBehalf(Establishment establishment) {
        return establishment.getName() + " (SIRET " + establishment.getSiret() + ") ; contact invité à créer un "
                + "compte : " + establishment.getInvitedContactEmail();
    }

    /** The history line of a case received by e-mail (the line's actor is the agent who entered it). */
    private static String receivedByMail(DelegateExecution execution) {
        return "Courriel de " + execution.getVariable(Vars.SENDER_EMAIL) + " ("
                + execution.getVariable(Vars.MAIL_RECEIVED_ON) + ")";
    }

    /**
     * Mails the contact of the establishment this intake registered the invitation to create an account (mail
     * template {@code template}): a link to the registration with the address filled in; sent once. The first
     * account of the establishment made with that address becomes its manager and finds the case in its home
     * table. The case is the one the intake filed (its number in the variable its procedure's {@code steps}
     * name); its timeline says to whom the invitation went ({@code ACCOUNT_INVITATION_SENT}).
     */
    public void inviteContact(DelegateExecution execution, CaseSteps<?, ?, ?> steps, String template) {
        String number = (String) execution.getVariable(steps.numberVariable());
        CaseFile file = register.byNumber(number).orElseThrow();
        Establishment establishment = establishments.byId(file.getEstablishmentId()).orElseThrow();
        String contact = establishment.getInvitedContactEmail();
        String link = mails.baseUrl() + "/register?email=" + URLEncoder.encode(contact, StandardCharsets.UTF_8);
        mails.to(contact, template).with("number", number).with("establishmentName", establishment.getName())
                .with("establishmentSiret", establishment.getSiret()).with("registerUrl", link)
                .sendOnce("ACCOUNT-INVITATION:" + number);
        steps.note(file.getId(), "ACCOUNT_INVITATION_SENT", "Invitation à créer un compte envoyée à " + contact);
    }
}
