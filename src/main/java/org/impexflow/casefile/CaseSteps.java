package org.impexflow.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.mail.OutgoingMail;

/**
 * What a procedure whose cases an establishment files, and that asks for complements, tells the kernel once
 * (a bean of its module): the variables of its process that hold the case's number, id and status, how its
 * register reads a case and changes its status (with the line of the timeline), where the case's files are
 * linked and listed, and its review periods. With it the kernel runs the steps that are alike in every such
 * procedure ({@link CaseStepDelegates}): registration, acknowledgement, request for complement with its mail
 * and reminder, the declarant's answer.
 *
 * @param <C> the procedure's case
 * @param <S> the procedure's statuses
 * @param <K> the kinds of its timeline's events
 */
public final class CaseSteps<C extends CaseFile, S extends Enum<S>, K extends Enum<K>> {

    /** A change of status in the procedure's register, with its line in the timeline. */
    public interface StatusChange<S, K> {
        void change(Long caseId, S status, K why, String actor, String detail);
    }

    /** A line of the timeline that changes no status. */
    public interface Note<K> {
        void note(Long caseId, K what, String actor, String detail);
    }

    /** A mail of the complement loop: the case, the request, the day it is due, whether the answer comes by mail. */
    public interface ComplementMail<C> {
        OutgoingMail mail(C file, String request, String dueDate, boolean byMail);
    }

    /** Joins a stored file to a case. */
    public interface FileLink {
        void link(String attachmentId, Long establishmentId, Long caseId, AttachmentKind kind);
    }

    private final String processKey;
    private final String numberVariable;
    private final String idVariable;
    private final String statusVariable;
    private final String statusLabelVariable;
    private final Function<S, String> label;
    private Function<Long, C> cases;
    private StatusChange<S, K> change;
    private Note<K> note;
    private Map<String, AttachmentKind> fileKinds = Map.of();
    private FileLink link;
    private Function<Long, List<Attachment>> files;
    private ReviewPeriods periods = new ReviewPeriods(null, null, null);
    private S complementRequested;
    private K complementRequestedWhy;
    private S complementAnswered;
    private K complementAnsweredWhy;
    private String acknowledgementKey;
    private Function<C, OutgoingMail> acknowledgement;
    private K acknowledged;
    private String complementKeyPrefix;
    private ComplementMail<C> complementRequestMail;
    private ComplementMail<C> complementReminderMail;
    private K reminded;

    private CaseSteps(String processKey, String numberVariable, String idVariable, String statusVariable, String statusLabelVariable,
            Function<S, String> label) {
        this.processKey = processKey;
        this.numberVariable = numberVariable;
        this.idVariable = idVariable;
        this.statusVariable = statusVariable;
        this.statusLabelVariable = statusLabelVariable;
        this.label = label;
    }

    /**
     * The steps of the process {@code processKey}, whose variables hold the case's number, id, status code and
     * status label (the label as {@code label} gives it).
     */
    public static <C extends CaseFile, S extends Enum<S>, K extends Enum<K>> CaseSteps<C, S, K> of(String processKey, String numberVariable,
            String idVariable, String statusVariable, String statusLabelVariable, Function<S, String> label) {
        return new CaseSteps<>(processKey, numberVariable, idVariable, statusVariable, statusLabelVariable, label);
    }

    /** How the register reads a case by its id, changes its status, and adds a line to its timeline. */
    public CaseSteps<C, S, K> register(Function<Long, C> cases, StatusChange<S, K> change, Note<K> note) {
        this.cases = cases;
        this.change = change;
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
     * The status of a case whose complement is requested ({@code requestComplementDelegate}), and the one it
     * goes back to when the declarant answers ({@code recordComplementAnswerDelegate}), with their events.
     */
    public CaseSteps<C, S, K> complement(S requested, K requestedWhy, S answered, K answeredWhy) {
        this.complementRequested = requested;
        this.complementRequestedWhy = requestedWhy;
        this.complementAnswered = answered;
        this.complementAnsweredWhy = answeredWhy;
        return this;
    }

    /**
     * The acknowledgement mailed once the case is registered ({@code sendAcknowledgementDelegate}), sent once
     * under {@code key} and the case's number, then noted in the timeline as {@code noted}.
     */
    public CaseSteps<C, S, K> acknowledgement(String key, Function<C, OutgoingMail> mail, K noted) {
        this.acknowledgementKey = key;
        this.acknowledgement = mail;
        this.acknowledged = noted;
        return this;
    }

    /**
     * The mails of a request for complement ({@code notifyComplementRequestedDelegate}) and of its reminder
     * ({@code sendComplementReminderDelegate}), sent once a round under keys that start with {@code keyPrefix};
     * the reminder is noted in the timeline as {@code reminded}.
     */
    public CaseSteps<C, S, K> complementMails(String keyPrefix, ComplementMail<C> request, ComplementMail<C> reminder,
            K reminded) {
        this.complementKeyPrefix = keyPrefix;
        this.complementRequestMail = request;
        this.complementReminderMail = reminder;
        this.reminded = reminded;
        return this;
    }

    public CaseSteps<C, S, K> periods(ReviewPeriods periods) {
        this.periods = periods;
        return this;
    }

    /** The id of the case of this process. */
    public Long caseId(VariableScope scope) {
        return id(scope, idVariable);
    }

    /** A case id held in a variable, whether the engine kept it as a number or a text. */
    public static Long id(VariableScope scope, String variable) {
        Object id = scope.getVariable(variable);
        return id instanceof Number n ? n.longValue() : Long.valueOf(id.toString());
    }

    /** The case's status in the process's variables: its code and its label. */
    public void status(VariableScope scope, S status) {
        scope.setVariable(statusVariable, status.name());
        scope.setVariable(statusLabelVariable, label.apply(status));
    }

    /** The status changes in the register (a line of the timeline) and in the process's variables. */
    public void changeStatus(VariableScope scope, S status, K why, String actor, String detail) {
        change.change(caseId(scope), status, why, actor, detail);
        status(scope, status);
    }

    void complementRequested(VariableScope scope, String actor, String detail) {
        changeStatus(scope, complementRequested, complementRequestedWhy, actor, detail);
    }

    void complementAnswered(VariableScope scope, String actor, String detail) {
        changeStatus(scope, complementAnswered, complementAnsweredWhy, actor, detail);
    }

    String processKey() {
        return processKey;
    }

    /** Whether the case still awaits the complement requested (not answered, not closed). */
    boolean awaitsComplement(CaseFile file) {
        return complementRequested.name().equals(file.getStatusCode());
    }

    OutgoingMail acknowledgement(C file) {
        return acknowledgement.apply(file);
    }

    String acknowledgementKey() {
        return acknowledgementKey;
    }

    void acknowledged(Long caseId, String detail) {
        note.note(caseId, acknowledged, CaseActor.SYSTEM, detail);
    }

    OutgoingMail complementMail(boolean reminder, C file, String request, String dueDate, boolean byMail) {
        return (reminder ? complementReminderMail : complementRequestMail).mail(file, request, dueDate, byMail);
    }

    String complementKeyPrefix() {
        return complementKeyPrefix;
    }

    void reminded(Long caseId, String detail) {
        note.note(caseId, reminded, CaseActor.SYSTEM, detail);
    }

    C find(Long caseId) {
        return cases.apply(caseId);
    }

    String numberVariable() {
        return numberVariable;
    }

    String idVariable() {
        return idVariable;
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

    public ReviewPeriods periods() {
        return periods;
    }
}
