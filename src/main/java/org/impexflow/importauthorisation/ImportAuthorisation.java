package org.impexflow.importauthorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A request for an import authorisation (AI) and, once granted, the authorisation: the register of record. */
@Entity
@Table(name = "import_authorisation")
public class ImportAuthorisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "authorisation_number")
    private String number;
    @Column(name = "establishment_id")
    private Long establishmentId;
    @Column(name = "declarant_email")
    private String declarantEmail;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "provenance_country")
    private String provenanceCountry;
    @Column(name = "origin_country")
    private String originCountry;
    @Column(name = "medicine_name")
    private String medicineName;
    @Column(name = "active_substances")
    private String activeSubstances;
    @Column(name = "pharmaceutical_form")
    private String pharmaceuticalForm;
    private String strength;
    @Column(name = "route_of_administration")
    private String routeOfAdministration;
    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_mode")
    private QuantityMode quantityMode;
    private long quantity;
    @Column(name = "quantity_unit")
    private String quantityUnit;
    @Column(name = "planned_operations")
    private int plannedOperations;
    @Enumerated(EnumType.STRING)
    private ImportPurpose purpose;
    @Column(name = "purpose_details")
    private String purposeDetails;
    private String manufacturer;
    @Column(name = "release_site")
    private String releaseSite;
    @Enumerated(EnumType.STRING)
    private AuthorisationStatus status;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "review_due_at")
    private Instant reviewDueAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    /** Number, medicine, strength and form in lower case, as the home table searches them. */
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected ImportAuthorisation() {
    }

    ImportAuthorisation(String number, AuthorisationRequest request, Long establishmentId, String filedBy,
            Instant filedAt, Instant reviewDueAt, String processInstanceId) {
        this.number = number;
        this.establishmentId = establishmentId;
        this.declarantEmail = request.declarantEmail();
        this.filedBy = filedBy;
        this.provenanceCountry = request.provenanceCountry();
        this.originCountry = request.originCountry();
        this.medicineName = request.medicineName();
        this.activeSubstances = request.activeSubstances();
        this.pharmaceuticalForm = request.pharmaceuticalForm();
        this.strength = request.strength();
        this.routeOfAdministration = request.routeOfAdministration();
        this.quantityMode = request.quantityMode();
        this.quantity = request.quantity();
        this.quantityUnit = request.quantityUnit();
        this.plannedOperations = request.plannedOperations();
        this.purpose = request.purpose();
        this.purposeDetails = request.purposeDetails();
        this.manufacturer = request.manufacturer();
        this.releaseSite = request.releaseSite();
        this.status = AuthorisationStatus.FILED;
        this.filedAt = filedAt;
        this.reviewDueAt = reviewDueAt;
        this.processInstanceId = processInstanceId;
        this.searchText = org.impexflow.casefile.SearchText.normalise(
                String.join(" ", number, medicineName, strength, pharmaceuticalForm));
    }

    void changeStatus(AuthorisationStatus status) {
        this.status = status;
    }

    void decide(AuthorisationStatus decision, Instant at, String comment, LocalDate validUntil) {
        this.status = decision;
        this.decidedAt = at;
        this.decisionComment = comment;
        this.validUntil = validUntil;
    }

    /** Granted and neither used up nor expired: imports can be recorded against it. */
    public boolean isInForce() {
        return status == AuthorisationStatus.GRANTED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public String getDeclarantEmail() {
        return declarantEmail;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getProvenanceCountry() {
        return provenanceCountry;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public String getMedicineName() {
        return medicineName;
    }

    public String getActiveSubstances() {
        return activeSubstances;
    }

    public String getPharmaceuticalForm() {
        return pharmaceuticalForm;
    }

    public String getStrength() {
        return strength;
    }

    public String getRouteOfAdministration() {
        return routeOfAdministration;
    }

    public QuantityMode getQuantityMode() {
        return quantityMode;
    }

    public long getQuantity() {
        return quantity;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public int getPlannedOperations() {
        return plannedOperations;
    }

    public ImportPurpose getPurpose() {
        return purpose;
    }

    public String getPurposeDetails() {
        return purposeDetails;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public String getReleaseSite() {
        return releaseSite;
    }

    public AuthorisationStatus getStatus() {
        return status;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getReviewDueAt() {
        return reviewDueAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
