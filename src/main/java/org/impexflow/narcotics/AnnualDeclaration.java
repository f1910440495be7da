package org.impexflow.narcotics;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import org.impexflow.casefile.CaseFile;

/**
 * An operator's annual declaration of narcotics and psychotropics stocks for one year: its own fields in
 * {@code annual_declaration}, beside its case in the register ({@link CaseFile}), opened on
 * {@link #getOpenedAt()} and due at the deadline of {@link #getDueDate()}.
 */
@Entity
@Table(name = "annual_declaration")
@DiscriminatorValue(AnnualDeclaration.KIND)
public class AnnualDeclaration extends CaseFile {

    /** The kind of case in the register. */
    public static final String KIND = "ANNUAL_DECLARATION";

    /** The operator again, so that the database keeps one declaration per operator and year. */
    @Column(name = "establishment_id")
    private Long operatorId;
    @Column(name = "declared_year")
    private int year;
    private LocalDate dueDate;
    private boolean late;
    @Column(name = "submission_round")
    private int round;
    private Instant submittedAt;
    private String submittedBy;
    private String workbookName;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "BYTEA")
    private byte[] workbook;
    private String workbookSha256;
    private String operatorComment;
    private LocalDate correctionsDueDate;

    protected AnnualDeclaration() {
    }

    AnnualDeclaration(Long operatorId, int year, LocalDate dueDate, Instant openedAt, String processInstanceId) {
        super(null, null, operatorId, null, AnnualDeclarationStatus.OPEN, openedAt, AnnualDeadlines.deadline(dueDate),
                processInstanceId);
        this.operatorId = operatorId;
        this.year = year;
        this.dueDate = dueDate;
    }

    void changeStatus(AnnualDeclarationStatus status) {
        changeStatus(status, Instant.now());
    }

    void markLate() {
        this.late = true;
        changeStatus(AnnualDeclarationStatus.LATE);
    }

    /** The workbook a Manager submits, with the comment that answers its warnings. */
    void submit(String fileName, byte[] content, String comment, String by, Instant at) {
        this.workbookName = fileName;
        this.workbook = content;
        this.workbookSha256 = org.impexflow.attachment.Attachments.sha256(content);
        this.operatorComment = comment;
        this.submittedBy = by;
        this.submittedAt = at;
        this.round++;
    }

    void decide(AnnualDeclarationStatus decision, String by, String comment, Instant at,
            LocalDate correctionsDueDate) {
        decide(decision, at, by, comment, null, decision == AnnualDeclarationStatus.ACCEPTED);
        this.correctionsDueDate = correctionsDueDate;
    }

    /** A Manager may submit: not yet submitted, late, or sent back for corrections. */
    public boolean isAwaitingSubmission() {
        AnnualDeclarationStatus status = getStatus();
        return status == AnnualDeclarationStatus.OPEN || status == AnnualDeclarationStatus.LATE
                || status == AnnualDeclarationStatus.CORRECTIONS_REQUESTED;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public int getYear() {
        return year;
    }

    public AnnualDeclarationStatus getStatus() {
        return AnnualDeclarationStatus.valueOf(getStatusCode());
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /**
     * Late once recorded so, or as soon as its deadline has passed while it is still to declare, whether
     * or not the deadline's timer has run yet (a stopped job executor, a node just started).
     */
    public boolean isLateAt(Instant now) {
        return late || (getStatus() == AnnualDeclarationStatus.OPEN
                && !now.isBefore(AnnualDeadlines.deadline(dueDate)));
    }

    /** The status to show people now: "En retard" for a declaration still to give past its deadline. */
    public AnnualDeclarationStatus statusAt(Instant now) {
        AnnualDeclarationStatus status = getStatus();
        return status == AnnualDeclarationStatus.OPEN && isLateAt(now) ? AnnualDeclarationStatus.LATE : status;
    }

    public boolean isLate() {
        return late;
    }

    /**
     * Submitted after its deadline: marked late before its first submission (the deadline's timer), or first
     * submitted past the deadline before that timer ran. False while nothing is submitted.
     */
    public boolean isSubmittedLate() {
        return submittedAt != null
                && (late || round == 1 && !submittedAt.isBefore(AnnualDeadlines.deadline(dueDate)));
    }

    public Instant getOpenedAt() {
        return getFiledAt();
    }

    public int getRound() {
        return round;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getWorkbookName() {
        return workbookName;
    }

    public byte[] getWorkbook() {
        return workbook;
    }

    /** The SHA-256 of the workbook submitted, hexadecimal; null before a submission. */
    public String getWorkbookSha256() {
        return workbookSha256;
    }

    public String getOperatorComment() {
        return operatorComment;
    }

    public LocalDate getCorrectionsDueDate() {
        return correctionsDueDate;
    }
}
