package org.impexflow.casefile;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A case of any procedure, as the register of record holds it: one row of {@code case_file} for every
 * kind (its number, establishment, who filed it, its status and since when, its decision, the version it
 * amends and the one that replaced it). A procedure's entity extends this one and keeps only its own
 * fields, in a detail table keyed by the case's id ({@code docs/architecture.md}, "The case register").
 * The status is stored as the procedure's code (the name of its status enum): a procedure reads it
 * typed through its own getter.
 */
@Entity
@Table(name = "case_file")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 40)
public abstract class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "kind", insertable = false, updatable = false)
    private String kind;
    @Column(name = "case_number")
    private String number;
    private String numberSeries;
    private Long establishmentId;
    private String filedBy;
    private String status;
    private Instant statusSince;
    private Instant filedAt;
    private Instant dueAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionReasons;
    private String legalBasis;
    private boolean inForce;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id")
    private CaseFile replacedBy;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_amendment", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "amended_case_id"))
    private Set<CaseFile> amendedCases = new LinkedHashSet<>();
    private String processInstanceId;
    /** An act after the decision that applies now ({@link CaseAct}), since when, until when, on which status. */
    private String act;
    private Instant actAt;
    private java.time.LocalDate actUntil;
    private String statusBeforeAct;
    /** What the home table's text search reads: lower case, without accents ({@link SearchText}). */
    private String searchText;
    /** What the declarant's home table lists the case as ({@link #listedAs}); the number series by default. */
    private String caseType;
    private String subject;
    private String subjectStrength;
    private String subjectForm;
    @Version
    private long version;

    protected CaseFile() {
    }

    /** A case as filed: numbered (or not yet), in its first status since {@code filedAt}. */
    protected CaseFile(String number, String numberSeries, Long establishmentId, String filedBy, Enum<?> status,
            Instant filedAt, Instant dueAt, String processInstanceId) {
        this.number = number;
        this.numberSeries = numberSeries;
        this.establishmentId = establishmentId;
        this.filedBy = filedBy;
        this.status = status.name();
        this.statusSince = filedAt;
        this.filedAt = filedAt;
        this.dueAt = dueAt;
        this.processInstanceId = processInstanceId;
        this.caseType = numberSeries;
    }

    /**
     * What the declarant's home table shows of the case, sorts and filters it by: its type (e.g. DEI, DEC),
     * and the medicine it is about with its strength and form (any of them may be null).
     */
    protected void listedAs(String type, String subject, String strength, String form) {
        this.caseType = type;
        this.subject = subject;
        this.subjectStrength = strength;
        this.subjectForm = form;
    }

    /** The words the home table's search finds this case by. */
    protected void searchable(String... words) {
        this.searchText = SearchText.normalise(String.join(" ", words));
    }

    protected void changeStatus(Enum<?> status, Instant at) {
        this.status = status.name();
        this.statusSince = at;
    }

    /** The decision: its status, when, by whom, why and on which legal basis; in force or not. */
    protected void decide(Enum<?> decision, Instant at, String by, String reasons, String legalBasis,
            boolean inForce) {
        changeStatus(decision, at);
        this.decidedAt = at;
        this.decidedBy = by;
        this.decisionReasons = reasons;
        this.legalBasis = legalBasis != null ? legalBasis : DecisionBasis.of(decision);
        this.inForce = inForce;
    }

    /** Replaced by a later version of its chain: no longer in force. */
    protected void replaceBy(CaseFile by) {
        this.inForce = false;
        this.replacedBy = by;
    }

    /** An act after the decision applies: the case takes the act's status and is no longer in force. */
    void act(CaseAct act, String status, Instant at, java.time.LocalDate until) {
        this.statusBeforeAct = this.status;
        this.status = status;
        this.statusSince = at;
        this.act = act.name();
        this.actAt = at;
        this.actUntil = until;
        this.inForce = false;
    }

    /**
     * The suspension has ended: back in the status it had before, in force again; or, when the procedure
     * changed the status meanwhile (an import authorisation that expired while suspended), left in it.
     */
    void endSuspension(Instant at, String suspendedStatus) {
        boolean restore = suspendedStatus.equals(this.status);
        if (restore) {
            this.status = statusBeforeAct;
            this.statusSince = at;
        }
        this.inForce = restore;
        this.act = null;
        this.actAt = null;
        this.actUntil = null;
        this.statusBeforeAct = null;
    }

    protected void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    /** The kind of case, e.g. {@code EXPORT_DECLARATION}: the procedure's discriminator value. */
    public String getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getNumberSeries() {
        return numberSeries;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    /** The procedure's status code: the name of its status enum. */
    public String getStatusCode() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    /** The reasons of the decision, under the name the procedures' templates know. */
    public String getDecisionComment() {
        return decisionReasons;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isInForce() {
        return inForce;
    }

    public CaseFile getReplacedBy() {
        return replacedBy;
    }

    /** The earlier versions this case amends (none for a first version). */
    public Set<CaseFile> getAmendedCases() {
        return amendedCases;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    /** The act after the decision that applies now, if any. */
    public java.util.Optional<CaseAct> getAct() {
        return java.util.Optional.ofNullable(act).map(CaseAct::valueOf);
    }

    public Instant getActAt() {
        return actAt;
    }

    /** The last day of a suspension. */
    public java.time.LocalDate getActUntil() {
        return actUntil;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getCaseType() {
        return caseType;
    }

    public String getSubject() {
        return subject;
    }

    /** The medicine the case is about: its subject, as the procedures' pages, mails and documents name it. */
    public String getMedicineName() {
        return subject;
    }

    public String getStrength() {
        return subjectStrength;
    }

    public String getPharmaceuticalForm() {
        return subjectForm;
    }

    public String getSubjectStrength() {
        return subjectStrength;
    }

    public String getSubjectForm() {
        return subjectForm;
    }
}
