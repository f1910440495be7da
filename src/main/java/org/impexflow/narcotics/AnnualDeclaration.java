package org.impexflow.narcotics;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An operator's annual declaration of narcotics and psychotropics stocks for one year. */
@Entity
@Table(name = "annual_declaration")
public class AnnualDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "establishment_id")
    private Long operatorId;
    @Column(name = "declared_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private AnnualDeclarationStatus status;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private boolean late;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "submission_round")
    private int round;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "workbook_name")
    private String workbookName;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "BYTEA")
    private byte[] workbook;
    @Column(name = "workbook_sha256")
    private String workbookSha256;
    @Column(name = "operator_comment")
    private String operatorComment;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Column(name = "corrections_due_date")
    private LocalDate correctionsDueDate;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected AnnualDeclaration() {
    }

    AnnualDeclaration(Long operatorId, int year, LocalDate dueDate, Instant openedAt, String processInstanceId) {
        this.operatorId = operatorId;
        this.year = year;
        this.dueDate = dueDate;
        this.openedAt = openedAt;
        this.processInstanceId = processInstanceId;
        this.status = AnnualDeclarationStatus.OPEN;
    }

    void changeStatus(AnnualDeclarationStatus status) {
        this.status = status;
    }

    void markLate() {
        this.late = true;
        this.status = AnnualDeclarationStatus.LATE;
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

    void decide(AnnualDeclarationStatus decision, String comment, Instant at, LocalDate correctionsDueDate) {
        this.status = decision;
        this.decisionComment = comment;
        this.decidedAt = at;
        this.correctionsDueDate = correctionsDueDate;
    }

    /** A Manager may submit: not yet submitted, late, or sent back for corrections. */
    public boolean isAwaitingSubmission() {
        return status == AnnualDeclarationStatus.OPEN || status == AnnualDeclarationStatus.LATE
                || status == AnnualDeclarationStatus.CORRECTIONS_REQUESTED;
    }

    public Long getId() {
        return id;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public int getYear() {
        return year;
    }

    public AnnualDeclarationStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /**
     * Late once recorded so, or as soon as its deadline has passed while it is still to declare, whether
     * or not the deadline's timer has run yet (a stopped job executor, a node just started).
     */
    public boolean isLateAt(Instant now) {
        return late || (status == AnnualDeclarationStatus.OPEN && !now.isBefore(AnnualDeadlines.deadline(dueDate)));
    }

    /** The status to show people now: "En retard" for a declaration still to give past its deadline. */
    public AnnualDeclarationStatus statusAt(Instant now) {
        return status == AnnualDeclarationStatus.OPEN && isLateAt(now) ? AnnualDeclarationStatus.LATE : status;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getOpenedAt() {
        return openedAt;
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

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public LocalDate getCorrectionsDueDate() {
        return correctionsDueDate;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
