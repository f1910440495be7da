package org.impexflow.casefile;

import static org.impexflow.casefile.CaseProcess.FilingVars.*;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.impexflow.access.Groups;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.validation.DeployedFormLabels;
import org.impexflow.validation.FieldErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The steps that are alike in every procedure whose cases an establishment files and that asks for
 * complements, run for the procedure that its {@link CaseSteps} describes: the registration of a case
 * checked by the procedure ({@link #register}), and the steps that its BPMN calls by name, whatever the
 * procedure: {@code ${sendAcknowledgementDelegate}}, {@code ${requestComplementDelegate}},
 * {@code ${notifyComplementRequestedDelegate}}, {@code ${sendComplementReminderDelegate}},
 * {@code ${recordComplementAnswerDelegate}} and {@code ${closeWithoutFollowUpDelegate}}; they find the
 * procedure's {@link CaseSteps} by the key of their process.
 */
@Configuration(proxyBeanMethods = false)
public class CaseStepDelegates {

    private final CaseNumbering numbering;
    private final CaseFiling filing;
    private final Attachments attachments;
    private final AttachmentListing listing;
    private final CaseAccess access;
    private final Mailer mailer;
    private final Environment environment;
    private final List<CaseSteps<?, ?, ?>> procedures;
    private final DeployedFormLabels forms;

    CaseStepDelegates(CaseNumbering numbering, CaseFiling filing, Attachments attachments, AttachmentListing listing,
            CaseAccess access, Mailer mailer, Environment environment, List<CaseSteps<?, ?, ?>> procedures,
            DeployedFormLabels forms) {
        this.forms = forms;
        this.numbering = numbering;
        this.filing = filing;
        this.attachments = attachments;
        this.listing = listing;
        this.access = access;
        this.mailer = mailer;
        this.environment = environment;
        this.procedures = procedures;
    }

    /** How a procedure checks a filing: its request, establishment and files, or refused naming the fields. */
    public interface FilingChecks<R extends CheckedFiling.Request> {
        CheckedFiling<R> check(VariableScope variables, String initiator);
    }

    /**
     * The first step of a filing, in the caller's transaction: the procedure's checks (a refusal names the
     * fields and stores nothing), then what its steps read of who files: the SIRET as checked, the
     * establishment's name and the declarant's e-mail.
     */
    public <R extends CheckedFiling.Request> CheckedFiling<R> check(DelegateExecution execution,
            FilingChecks<R> checks) {
        CheckedFiling<R> checked = checks.check(execution, (String) execution.getVariable(INITIATOR));
        onlyWhatTheProcedureTakes(execution, checked);
        CaseSteps.normalise(execution, ESTABLISHMENT_SIRET, checked.request().establishmentSiret());
        CaseSteps.normalise(execution, ESTABLISHMENT_NAME, checked.establishment().getName());
        CaseSteps.normalise(execution, DECLARANT_EMAIL, checked.request().declarantEmail());
        return checked;
    }

    /** What a filing carries besides its start form's fields: who filed, and a mail intake's mark. */
    private static final Set<String> SET_BY_THE_SYSTEM = Set.of(INITIATOR, CaseProcess.FilingVars.RECEIVED_BY_MAIL);

    /** The longest text the engine keeps in a variable: longer, a filing failed as it was stored. */
    private static final int MAX_TEXT = 4000;

    /**
     * A filing carries its start form's fields only (the API's contract is the same, {@code docs/api.md}): a
     * filing of 10,000 extra variables of 4,000 characters was stored (280 MB) and an unknown name stayed on the
     * case. Files in its procedure's file fields only (checked by their content, stored with the
     * case), no other binary value (Bytes, a serialized object), no text longer than the engine keeps, and not
     * the address of the case's page, which the system puts on the process (Cockpit shows it as a link):
     * refused naming the variable, nothing stored.
     */
    private void onlyWhatTheProcedureTakes(DelegateExecution execution, CheckedFiling<?> checked) {
        FieldErrors errors = new FieldErrors();
        VariableMap variables = execution.getVariablesTyped(false);
        Optional<Set<String>> contract = forms.startFormKeys(execution.getProcessDefinitionId());
        if (contract.isPresent() && variables.size() > contract.get().size() + SET_BY_THE_SYSTEM.size()) {
            errors.add("variables", variables.size() + " variables envoyées : le dépôt en prend "
                    + contract.get().size() + " au plus, les champs de son formulaire");
            errors.throwIfAny("Dépôt refusé, rien n'a été enregistré.");
        }
        variables.keySet().forEach(name -> {
            TypedValue typed = variables.getValueTyped(name);
            if (typed instanceof FileValue && !checked.files().containsKey(name)) {
                errors.add(name, "fichier inattendu : « " + name + " » n'est pas un champ fichier de cette procédure");
            } else if (typed instanceof BytesValue || typed instanceof SerializableValue) {
                errors.add(name, "type de variable non accepté pour « " + name + " » (texte, nombre, booléen, date "
                        + "ou fichier attendus)");
            } else if (typed instanceof StringValue text && text.getValue() != null
                    && text.getValue().length() > MAX_TEXT) {
                errors.add(name, "texte trop long pour « " + name + " » : " + MAX_TEXT + " caractères au plus");
            } else if (CasePages.VARIABLE.equals(name)) {
                errors.add(name, "variable posée par le système (l'adresse de la page du dossier) : ne pas l'envoyer");
            } else if (contract.isPresent() && !contract.get().contains(name) && !SET_BY_THE_SYSTEM.contains(name)) {
                errors.add(name, "variable inconnue : « " + name + " » n'est pas un champ de cette procédure "
                        + "(docs/api.md)");
            }
        });
        errors.throwIfAny("Dépôt refusé, rien n'a été enregistré.");
    }

    /** The procedure's row of a case just filed, saved in its register with the first line of its timeline. */
    public interface NewCase<R, C> {
        C save(R request, Long establishmentId, Filed filed);
    }

    /**
     * A case filed now: its number in its series, when it was filed and when its review is due (the engine's
     * clock, the time of the step's tasks and jobs), who filed it (the initiator, none for a case entered on
     * someone's behalf) and who the timeline names for it (the initiator, else the declarant).
     */
    public record Filed(String number, ZonedDateTime at, ZonedDateTime reviewDue, String by, String actor) {

        public Instant filedAt() {
            return at.toInstant();
        }

        public Instant reviewDueAt() {
            return reviewDue.toInstant();
        }
    }

    /**
     * Registration: the procedure's checks again, on the same variables in the same transaction as its first
     * step (they pass), a number in its series, its row in the register ({@code newCase}); then its checked
     * files join it (the File variables go), the process takes its number as business key and the variables
     * every step reads (number, id, status, dates, the establishment's group, who answers a complement), and
     * the establishment's accounts may read it. A case received by e-mail ({@code receivedByMail}) is also
     * answered by ANSM support.
     */
    public <R extends CheckedFiling.Request, C extends CaseFile> C register(DelegateExecution execution,
            CaseSteps<C, ?, ?> steps, String series, FilingChecks<R> checks, NewCase<R, C> newCase) {
        String initiator = (String) execution.getVariable(INITIATOR);
        CheckedFiling<R> checked = checks.check(execution, initiator);
        String email = checked.request().declarantEmail();
        ZonedDateTime at = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        Filed filed = new Filed(numbering.next(series, at), at, at.plus(periods(steps).reviewDue()), initiator,
                initiator == null ? email : initiator);
        C file = newCase.save(checked.request(), checked.establishment().getId(), filed);
        checked.files().forEach((field, inputs) -> {
            for (FileInput input : inputs) {
                steps.link(filing.stored(input, initiator).getId(), checked.establishment().getId(), file.getId(),
                        steps.fileKind(field));
            }
            execution.removeVariable(field);
        });
        String group = checked.establishment().groupId();
        execution.setProcessBusinessKey(filed.number());
        execution.setVariable(steps.numberVariable(), filed.number());
        execution.setVariable(steps.idVariable(), file.getId());
        steps.filed(execution);
        execution.setVariable(FILED_AT, Date.from(filed.filedAt()));
        execution.setVariable(REVIEW_DUE_DATE, Date.from(filed.reviewDueAt()));
        execution.setVariable(ESTABLISHMENT_GROUP, group);
        execution.setVariable(COMPLEMENT_ASSIGNEE, access.complementAssignee(email, initiator));
        // a sender without an account answers by e-mail: support enters the complement for them
        execution.setVariable(COMPLEMENT_GROUPS,
                Boolean.TRUE.equals(execution.getVariable(RECEIVED_BY_MAIL)) ? group + "," + Groups.SUPPORT : group);
        execution.setVariable(COMPLEMENT_ROUND, 0);
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(steps.files(file.getId())));
        access.grantRead(group, execution.getProcessInstanceId());
        return file;
    }

    /** The acknowledgement, sent by a job after the filing committed, once. */
    @Bean
    JavaDelegate sendAcknowledgementDelegate() {
        return execution -> acknowledge(steps(execution), execution);
    }

    private <C extends CaseFile> void acknowledge(CaseSteps<C, ?, ?> steps, DelegateExecution execution) {
        C file = steps.find(steps.caseId(execution));
        OutgoingMail mail = steps.acknowledgement(file);
        String messageId = mailer.sendOnce(steps.acknowledgementKey() + ":" + file.getNumber(), mail);
        steps.note(file.getId(), "ACKNOWLEDGEMENT_SENT", String.join(", ", mail.to()) + " " + messageId);
    }

    /** Mails the request for complement, once per round. */
    @Bean
    JavaDelegate notifyComplementRequestedDelegate() {
        return execution -> mailComplement(steps(execution), execution, false);
    }

    /** Reminds the declarant that the complement is due soon, once per round, while it is still awaited. */
    @Bean
    JavaDelegate sendComplementReminderDelegate() {
        return execution -> mailComplement(steps(execution), execution, true);
    }

    private <C extends CaseFile> void mailComplement(CaseSteps<C, ?, ?> steps, DelegateExecution execution,
            boolean reminder) {
        C file = steps.find(steps.caseId(execution));
        if (reminder && (!steps.isIn(file, "COMPLEMENT_REQUESTED") || !ComplementDeadline.beforeDueDate(execution))) {
            return; // answered, or closed at its deadline, since the reminder's timer fired
        }
        String due = CaseDates.day((Date) execution.getVariable(COMPLEMENT_DUE_DATE));
        // nobody with an account answers in Tasklist: a case received by e-mail from someone with none
        boolean byMail = execution.getVariable(COMPLEMENT_ASSIGNEE) == null;
        String messageId = mailer.sendOnce(steps.complementKeyPrefix() + (reminder ? "COMPLEMENT-REMINDER:"
                : "COMPLEMENT-REQUEST:") + file.getNumber() + ":" + execution.getVariable(COMPLEMENT_ROUND),
                steps.complementMail(reminder, file, (String) execution.getVariable(ComplementDeadline.REQUEST), due,
                        byMail));
        if (reminder) {
            steps.note(file.getId(), "COMPLEMENT_REMINDER_SENT",
                    "Réponse attendue au plus tard le " + due + " " + messageId);
        }
    }

    /** A reviewer asked for a complement: the round's deadline and reminder date, and the status. */
    @Bean
    JavaDelegate requestComplementDelegate() {
        return execution -> {
            CaseSteps<?, ?, ?> steps = steps(execution);
            ReviewPeriods periods = periods(steps);
            ComplementDeadline deadline = ComplementDeadline.start(execution, periods.complementDue(),
                    periods.complementReminderBefore());
            steps.changeStatus(execution, "COMPLEMENT_REQUESTED", "COMPLEMENT_REQUESTED", CaseActor.current(),
                    deadline.historyNote(execution.getVariable(REVIEW_COMMENT)));
        };
    }

    /** The declarant answered: the answer and its files join the case, which goes back to review. */
    @Bean
    JavaDelegate recordComplementAnswerDelegate() {
        return execution -> {
            CaseSteps<?, ?, ?> steps = steps(execution);
            CaseFile file = steps.find(steps.caseId(execution));
            List<String> names = new ArrayList<>();
            for (String reference : TextLists.split(execution.getVariable(COMPLEMENT_FILES))) {
                Attachment attachment = attachments.byReference(reference).orElseThrow();
                steps.link(attachment.getId(), file.getEstablishmentId(), file.getId(), AttachmentKind.COMPLEMENT);
                names.add(attachment.getFileName());
            }
            String answer = (String) execution.getVariable(COMPLEMENT_ANSWER);
            steps.changeStatus(execution, "IN_REVIEW", "COMPLEMENT_ANSWERED", CaseActor.current(),
                    names.isEmpty() ? answer : answer + " (pièces : " + String.join(", ", names) + ")");
            execution.setVariable(ATTACHMENT_LIST, listing.markdown(steps.files(file.getId())));
            execution.removeVariable(COMPLEMENT_FILES);
        };
    }

    /** The complement did not come in time: the case is "classée sans suite". */
    @Bean
    JavaDelegate closeWithoutFollowUpDelegate() {
        return execution -> steps(execution).decide(execution, "CLOSED_WITHOUT_FOLLOW_UP", CaseActor.SYSTEM,
                "Complément non fourni dans le délai");
    }

    /**
     * Another amendment of the version this case amends was validated while this one was pending
     * ({@link CaseChain#closeOvertaken}): it has no object any more and is "classée sans suite", with the
     * version now in force in its reasons.
     */
    @Bean
    JavaDelegate closeOvertakenAmendmentDelegate() {
        return execution -> steps(execution).decide(execution, "CLOSED_WITHOUT_FOLLOW_UP", "AMENDMENT_OVERTAKEN",
                CaseActor.SYSTEM, "Sans objet : la version " + execution.getVariable(CaseChain.OVERTAKEN_BY)
                        + ", qui modifie la même version, a été visée pendant son instruction et est en vigueur");
    }

    /** The procedure's periods, set under {@code impexflow.<process key>}. */
    private ReviewPeriods periods(CaseSteps<?, ?, ?> steps) {
        return ReviewPeriods.of(environment, "impexflow." + steps.processKey());
    }

    private CaseSteps<?, ?, ?> steps(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        return procedures.stream().filter(p -> p.processKey().equals(processKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CaseSteps bean for the process " + processKey));
    }
}
