package org.impexflow.exportdeclaration;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registered export declaration (DEI or DEC): the register of record, beside the process. */
@Entity
@Table(name = "export_declaration")
public class ExportDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "declaration_number")
    private String number;
    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type")
    private DeclarationType type;
    @Column(name = "establishment_id")
    private Long establishmentId;
    @Column(name = "declarant_email")
    private String declarantEmail;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "medicine_name")
    private String medicineName;
    @Column(name = "active_substances")
    private String activeSubstances;
    private String strength;
    @Column(name = "pharmaceutical_form")
    private String pharmaceuticalForm;
    private String presentation;
    @Column(name = "route_of_administration")
    private String routeOfAdministration;
    @Column(name = "therapeutic_indications")
    private String therapeuticIndications;
    @Column(name = "has_french_ma")
    private boolean hasFrenchMarketingAuthorisation;
    @Column(name = "release_country")
    private String releaseCountry;
    @Column(name = "destination_country")
    private String destinationCountry;
    @Column(name = "importer_name")
    private String importerName;
    @Column(name = "importer_address")
    private String importerAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "no_ma_reason")
    private NoMarketingAuthorisationReason noMarketingAuthorisationReason;
    @Column(name = "no_ma_details")
    private String noMarketingAuthorisationDetails;
    @Column(name = "contains_animal_origin")
    private boolean containsAnimalOriginSubstances;
    @Enumerated(EnumType.STRING)
    private DeclarationStatus status;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "review_due_at")
    private Instant reviewDueAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Column(name = "in_force")
    private boolean inForce;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private ExportDeclaration supersededBy;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "declaration_amendment", joinColumns = @JoinColumn(name = "declaration_id"),
            inverseJoinColumns = @JoinColumn(name = "amended_declaration_id"))
    private Set<ExportDeclaration> amends = new LinkedHashSet<>();
    @Column(name = "process_instance_id")
    private String processInstanceId;
    /** Number, medicine, strength and form in lower case: what the home table's text search reads (V10). */
    @Column(name = "search_text")
    private String searchText;
    @Version
    private long version;

    protected ExportDeclaration() {
    }

    ExportDeclaration(String number, DeclarationRequest request, Long establishmentId, String filedBy,
            Instant filedAt, Instant reviewDueAt, String processInstanceId) {
        this.number = number;
        this.type = request.type();
        this.establishmentId = establishmentId;
        this.declarantEmail = request.declarantEmail();
        this.filedBy = filedBy;
        this.medicineName = request.medicineName();
        this.activeSubstances = request.activeSubstances();
        this.strength = request.strength();
        this.pharmaceuticalForm = request.pharmaceuticalForm();
        this.presentation = request.presentation();
        this.routeOfAdministration = request.routeOfAdministration();
        this.therapeuticIndications = request.therapeuticIndications();
        this.hasFrenchMarketingAuthorisation = request.hasFrenchMarketingAuthorisation();
        this.releaseCountry = request.releaseCountry();
        this.destinationCountry = request.destinationCountry();
        this.importerName = request.importerName();
        this.importerAddress = request.importerAddress();
        this.noMarketingAuthorisationReason = request.noMarketingAuthorisationReason();
        this.noMarketingAuthorisationDetails = request.noMarketingAuthorisationDetails();
        this.containsAnimalOriginSubstances = request.containsAnimalOriginSubstances();
        this.status = DeclarationStatus.FILED;
        this.filedAt = filedAt;
        this.reviewDueAt = reviewDueAt;
        this.processInstanceId = processInstanceId;
        this.searchText = org.impexflow.casefile.SearchText.normalise(
                String.join(" ", number, medicineName, strength, pharmaceuticalForm));
    }

    void changeStatus(DeclarationStatus status) {
        this.status = status;
    }

    void decide(DeclarationStatus decision, Instant at, String comment) {
        this.status = decision;
        this.decidedAt = at;
        this.decisionComment = comment;
        this.inForce = decision == DeclarationStatus.VALIDATED;
    }

    void supersede(ExportDeclaration by) {
        this.inForce = false;
        this.supersededBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public DeclarationType getType() {
        return type;
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

    public String getMedicineName() {
        return medicineName;
    }

    public String getActiveSubstances() {
        return activeSubstances;
    }

    public String getStrength() {
        return strength;
    }

    public String getPharmaceuticalForm() {
        return pharmaceuticalForm;
    }

    public String getPresentation() {
        return presentation;
    }

    public String getRouteOfAdministration() {
        return routeOfAdministration;
    }

    public String getTherapeuticIndications() {
        return therapeuticIndications;
    }

    public boolean isHasFrenchMarketingAuthorisation() {
        return hasFrenchMarketingAuthorisation;
    }

    public String getReleaseCountry() {
        return releaseCountry;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public String getImporterName() {
        return importerName;
    }

    public String getImporterAddress() {
        return importerAddress;
    }

    public NoMarketingAuthorisationReason getNoMarketingAuthorisationReason() {
        return noMarketingAuthorisationReason;
    }

    public String getNoMarketingAuthorisationDetails() {
        return noMarketingAuthorisationDetails;
    }

    public boolean isContainsAnimalOriginSubstances() {
        return containsAnimalOriginSubstances;
    }

    public DeclarationStatus getStatus() {
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

    public boolean isInForce() {
        return inForce;
    }

    public ExportDeclaration getSupersededBy() {
        return supersededBy;
    }

    public Set<ExportDeclaration> getAmends() {
        return amends;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
