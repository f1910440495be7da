package org.impexflow.exportdeclaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.impexflow.casefile.CaseFile;

/**
 * A registered export declaration (DEI or DEC): its own fields, in {@code export_declaration}, beside
 * the case of the register ({@link CaseFile}) that holds its number, status, decision and chain.
 */
@Entity
@Table(name = "export_declaration")
@DiscriminatorValue(ExportDeclaration.KIND)
public class ExportDeclaration extends CaseFile {

    /** The kind of case in the register. */
    public static final String KIND = "EXPORT_DECLARATION";

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type")
    private DeclarationType type;
    private String declarantEmail;
    private String activeSubstances;
    private String presentation;
    private String routeOfAdministration;
    private String therapeuticIndications;
    @Column(name = "has_french_ma")
    private boolean hasFrenchMarketingAuthorisation;
    private String releaseCountry;
    private String destinationCountry;
    private String importerName;
    private String importerAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "no_ma_reason")
    private NoMarketingAuthorisationReason noMarketingAuthorisationReason;
    @Column(name = "no_ma_details")
    private String noMarketingAuthorisationDetails;
    @Column(name = "contains_animal_origin")
    private boolean containsAnimalOriginSubstances;
    private LocalDate firstExportDate;
    private String firstExportExplanation;
    private String manufacturerName;
    private String manufacturerAddress;
    private String manufacturerCountry;
    private String releaseSiteName;
    private String releaseSiteAddress;
    private String gmpReference;

    protected ExportDeclaration() {
    }

    ExportDeclaration(String number, DeclarationRequest request, Long establishmentId, String filedBy,
            Instant filedAt, Instant reviewDueAt, String processInstanceId) {
        super(number, null, establishmentId, filedBy, DeclarationStatus.FILED, filedAt, reviewDueAt,
                processInstanceId);
        this.type = request.type();
        this.declarantEmail = request.declarantEmail();
        this.activeSubstances = request.activeSubstances();
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
        this.firstExportDate = request.firstExport().date();
        this.firstExportExplanation = request.firstExport().lateExplanation();
        DeclarationRequest.Manufacture manufacture = request.manufacture();
        this.manufacturerName = manufacture.manufacturerName();
        this.manufacturerAddress = manufacture.manufacturerAddress();
        this.manufacturerCountry = manufacture.manufacturerCountry();
        this.releaseSiteName = manufacture.releaseSiteName();
        this.releaseSiteAddress = manufacture.releaseSiteAddress();
        this.gmpReference = manufacture.gmpReference();
        searchable(number, request.medicineName(), request.strength(), request.pharmaceuticalForm());
        listedAs(type.name(), request.medicineName(), request.strength(), request.pharmaceuticalForm());
    }

    void changeStatus(DeclarationStatus status) {
        changeStatus(status, Instant.now());
    }

    void decide(DeclarationStatus decision, Instant at, String by, String comment) {
        decide(decision, at, by, comment, null, decision == DeclarationStatus.VALIDATED);
    }

    void amend(ExportDeclaration earlier) {
        getAmendedCases().add(earlier);
    }

    public DeclarationStatus getStatus() {
        return DeclarationStatus.valueOf(getStatusCode());
    }

    public DeclarationType getType() {
        return type;
    }

    public String getDeclarantEmail() {
        return declarantEmail;
    }

    public Instant getReviewDueAt() {
        return getDueAt();
    }

    public ExportDeclaration getSupersededBy() {
        return (ExportDeclaration) org.hibernate.Hibernate.unproxy(getReplacedBy());
    }

    /** The declarations this one (a DEC) amends. */
    public Set<ExportDeclaration> getAmends() {
        return getAmendedCases().stream().map(c -> (ExportDeclaration) org.hibernate.Hibernate.unproxy(c))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String getActiveSubstances() {
        return activeSubstances;
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

    /** The planned date of the first export; none for a declaration registered before it was asked. */
    public LocalDate getFirstExportDate() {
        return firstExportDate;
    }

    /** Why the first export's date was already past at filing; null when it was not. */
    public String getFirstExportExplanation() {
        return firstExportExplanation;
    }

    public String getManufacturerName() {
        return manufacturerName;
    }

    public String getManufacturerAddress() {
        return manufacturerAddress;
    }

    public String getManufacturerCountry() {
        return manufacturerCountry;
    }

    public String getReleaseSiteName() {
        return releaseSiteName;
    }

    public String getReleaseSiteAddress() {
        return releaseSiteAddress;
    }

    /** The EudraGMDP reference of the manufacturer's GMP certificate, when given instead of (or beside) the file. */
    public String getGmpReference() {
        return gmpReference;
    }
}
