package org.impexflow.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.TemplateMails;

/**
 * What a procedure whose cases an establishment files, and that asks for complements, tells the kernel once
 * (a bean of its module), so that the kernel runs the steps alike in every such procedure
 * ({@link CaseStepDelegates}): registration, acknowledgement, review taken, request for complement with its
 * mail and reminder, the declarant's answer, closing without follow-up; and the earlier rounds of its review
 * (requests for complement and answers, {@link ReviewRoundHistory}).
 *
 * <p>Such a procedure follows the kernel's conventions, and says only what differs:
 * <ul>
 * <li>its process variables are named after its case, e.g. {@code declaration}: {@code declarationNumber},
 * {@code declarationId}, {@code declarationStatus} and {@code declarationStatusLabel};</li>
 * <li>its statuses include {@code FILED}, {@code IN_REVIEW}, {@code COMPLEMENT_REQUESTED} and
 * {@code CLOSED_WITHOUT_FOLLOW_UP}; the kinds of its timeline's events include {@code ACKNOWLEDGEMENT_SENT},
 * {@code REVIEW_STARTED}, {@code COMPLEMENT_REQUESTED}, {@code COMPLEMENT_REMINDER_SENT},
 * {@code COMPLEMENT_ANSWERED} and {@code CLOSED_WITHOUT_FOLLOW_UP};</li>
 * <li>its review periods are read under {@code impexflow.<process key>} ({@link ReviewPeriods}).</li>
 * </ul>
 *
 * @param <C> the procedure's case
 * @param <S> the procedure's statuses
 * @param <K> the kinds of its timeline's events
 */
public final class CaseSteps<C extends CaseFile, S extends Enum<S>, K extends Enum<K>> implements ReviewRoundHistory {

    /** A change of status in the procedure's register (or its decision), with its line in the timeline. */
    public interface StatusChange<S, K> {
        void change(Long caseId, S status, K why, String actor, String detail);
    }

    /** A line of the timeline that changes no status. */
    public interface Note<K> {
        void note(Long caseId, K what, String actor, String detail);
    }

    /** A mail to the declarant about the case, from a template, with what the procedure adds of the case. */
    public interface DeclarantLetter<C> {
        TemplateMails.Letter to(C file, String template);
    }

    /** Joins a stored file to a case. */
    public interface FileLink {
        void link(String attachmentId, Long establishmentId, Long caseId, AttachmentKind kind);
    }

    private final String processKey;
    private final String caseName;
    private final Class<S> statuses;
    private final Class<K> kinds;
    private final Function<S, String> label;
    private final Function<K, String> kindLabel;
    private Function<Long, C> cases;
    private Function<Long, List<? extends TypedCaseEvent<K, S>>> history;
    private StatusChange<S, K> change;
    private StatusChange<S, K> decision;
    private Note<K> note;
    private Map<String, AttachmentKind> fileKinds = Map.of();
    private FileLink link;
    private Function<Long, List<Attachment>> files;
    private String acknowledgementKey;
    private String complementKeyPrefix;
    private Function<C, OutgoingMail> acknowledgement;
    private DeclarantLetter<C> toDeclarant;
    private String templatePrefix;

    private CaseSteps(String processKey, String caseName, Class<S> statuses, Function<S, String> label,
            Class<K> kinds, Function<K, String> kindLabel) {
        this.processKey = processKey;
        this.caseName = caseName;
        this.statuses = statuses;
        this.label = label;
        this.kinds = kinds;
        this.kindLabel = kindLabel;
    }

    /**
     * The steps of the process {@code processKey}, whose variables are named after {@code caseName}, with the
     * procedure's statuses and kinds of events, and their labels.
     */
    public static <C extends CaseFile, S extends Enum<S>, K extends Enum<K>> CaseSteps<C, S, K> of(String processKey,
            String caseName, Class<S> statuses, Function<S, String> label, Class<K> kinds,
            Function<K, String> kindLabel) {
        return new CaseSteps<>(processKey, caseName, statuses, label, kinds, kindLabel);
    }

    /**
     * How the register reads a case and its timeline by the case's id, changes its status, decides it, and adds
     * a line to its timeline.
     */
    public CaseSteps<C, S, K> register(Function<Long, C> cases,
            Function<Long, List<? extends TypedCaseEvent<K, S>>> history, StatusChange<S, K> change,
            StatusChange<S, K> decision, Note<K> note) {
        this.cases = cases;
        this.history = history;
        this.change = change;
        this.decision = decision;
        this.note = note;
        return this;
    }

    /** The kind of file each filing field holds; how a file is joined to a case, and the case's files listed. */
    public CaseSteps<C, S, K> files(Map<String, AttachmentKind> fileKinds, FileLink link,
            Function<Long, List<Attachment>> files) {
        this.fileKinds = fileKinds;
        this.link = link;
        this.files = files;
        return this;
    }

    /**
     * The mails to the declarant, each sent once: the acknowledgement, under {@code acknowledgementKey} and the
     * case's number; the request for complement and its reminder, under keys that start with
     * {@code complementKeyPrefix}, once a round, from the templates {@code <templatePrefix>-complement-requested}
     * and {@code <templatePrefix>-complement-reminder} as {@code toDeclarant} writes them, with the request
     * ({@code request}), the day it is due ({@code dueDate}) and whether the answer comes by mail
     * ({@code byMail}: the declarant has no account; support enters the complement).
     */
    public CaseSteps<C, S, K> mails(String acknowledgementKey, Function<C, OutgoingMail> acknowledgement,
            String complementKeyPrefix, DeclarantLetter<C> toDeclarant, String templatePrefix) {
        this.acknowledgementKey = acknowledgementKey;
        this.acknowledgement = acknowledgement;
        this.complementKeyPrefix = complementKeyPrefix;
        this.toDeclarant = toDeclarant;
        this.templatePrefix = templatePrefix;
        return this;
    }

    /** A case id held in a variable, whether the engine kept it as a number or a text. */
    public static Long id(VariableScope scope, String variable) {
        Object id = scope.getVariable(variable);
        return id instanceof Number n ? n.longValue() : Long.valueOf(id.toString());
    }

    /**
     * Sets a variable to its checked value unless it already holds it: a filing's checks give back most of
     * the form's values as they came, and each setting writes a row of history for nothing.
     */
    public static void normalise(VariableScope scope, String variable, Object value) {
        if (!scope.hasVariable(variable) || !java.util.Objects.equals(scope.getVariable(variable), value)) {
            scope.setVariable(variable, value);
        }
    }

    /** The id of the case of this process. */
    public Long caseId(VariableScope scope) {
        return id(scope, caseName + "Id");
    }

    /** The case's status in the process's variables: its code and its label. */
    public void status(VariableScope scope, S status) {
        scope.setVariable(statusVariable(), status.name());
        scope.setVariable(caseName + "StatusLabel", label.apply(status));
    }

    /** The status changes in the register (a line of the timeline) and in the process's variables. */
    public void changeStatus(VariableScope scope, S status, K why, String actor, String detail) {
        change.change(caseId(scope), status, why, actor, detail);
        status(scope, status);
    }

    /**
     * The procedure's case tasks ({@link CaseTasks}): each named after the case's number, the review task
     * {@code reviewName}, the task that answers a complement "Fournir le complément – number – medicine"; the
     * review offered to {@code group}, due at {@code reviewDueDate}, completed with a decision {@code rule}
     * accepts, and a filed case in review once a reviewer takes it ({@link #reviewTaken}).
     */
    public CaseTasks tasks(String reviewTask, String reviewName, String group, ReviewDecisionRule<?> rule) {
        return CaseTasks.of(processKey, numberVariable()).named(reviewTask, reviewName)
                .named(CaseProcess.ComplementElements.PROVIDE_COMPLEMENT,
                        "Fournir le complément – {" + numberVariable() + "} – {medicineName}")
                .review(reviewTask, group, CaseProcess.ReviewVars.REVIEW_DUE_DATE, rule)
                .whenTaken(statusVariable(), status("FILED"), this::reviewTaken);
    }

    /** A reviewer took the review of a filed case: it is in review from now on. */
    public void reviewTaken(DelegateTask task) {
        changeStatus(task.getExecution(), status("IN_REVIEW"), kind("REVIEW_STARTED"), task.getAssignee(), null);
    }

    @Override
    public String processKey() {
        return processKey;
    }

    /** The requests for complement of the case and their answers, shown on its next review. */
    @Override
    public String earlierRounds(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return ReviewRoundHistory.<TypedCaseEvent<K, S>, K>of(processKey, e -> List.copyOf(history.apply(caseId(e))),
                TypedCaseEvent::getKind, kind("COMPLEMENT_REQUESTED"), kind("COMPLEMENT_ANSWERED"), kindLabel)
                .earlierRounds(execution);
    }

    /** A case just registered is filed. */
    void filed(VariableScope scope) {
        status(scope, status("FILED"));
    }

    String statusVariable() {
        return caseName + "Status";
    }

    S status(String name) {
        return Enum.valueOf(statuses, name);
    }

    K kind(String name) {
        return Enum.valueOf(kinds, name);
    }

    /** A status change named by the conventions, e.g. {@code "COMPLEMENT_REQUESTED"} for both. */
    void changeStatus(VariableScope scope, String status, String why, String actor, String detail) {
        changeStatus(scope, status(status), kind(why), actor, detail);
    }

    /** A decision named by the conventions, in the register and in the process's variables. */
    void decide(VariableScope scope, String status, String actor, String detail) {
        decide(scope, status, status, actor, detail);
    }

    /** A decision whose event in the timeline says why, e.g. {@code "AMENDMENT_OVERTAKEN"}. */
    void decide(VariableScope scope, String status, String why, String actor, String detail) {
        decision.change(caseId(scope), status(status), kind(why), actor, detail);
        status(scope, status(status));
    }

    void note(Long caseId, String what, String detail) {
        note.note(caseId, kind(what), CaseActor.SYSTEM, detail);
    }

    boolean isIn(CaseFile file, String status) {
        return status.equals(file.getStatusCode());
    }

    OutgoingMail acknowledgement(C file) {
        return acknowledgement.apply(file);
    }

    String acknowledgementKey() {
        return acknowledgementKey;
    }

    OutgoingMail complementMail(boolean reminder, C file, String request, String dueDate, boolean byMail) {
        return toDeclarant.to(file, templatePrefix + (reminder ? "-complement-reminder" : "-complement-requested"))
                .with(Map.of("request", request, "dueDate", dueDate, "byMail", byMail)).mail();
    }

    String complementKeyPrefix() {
        return complementKeyPrefix;
    }

    String numberVariable() {
        return caseName + "Number";
    }

    String idVariable() {
        return caseName + "Id";
    }

    C find(Long caseId) {
        return cases.apply(caseId);
    }

    AttachmentKind fileKind(String field) {
        return fileKinds.get(field);
    }

    void link(String attachmentId, Long establishmentId, Long caseId, AttachmentKind kind) {
        link.link(attachmentId, establishmentId, caseId, kind);
    }

    List<Attachment> files(Long caseId) {
        return files.apply(caseId);
    }
}
