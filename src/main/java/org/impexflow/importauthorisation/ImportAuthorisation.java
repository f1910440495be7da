package org.impexflow.importauthorisation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.impexflow.casefile.CaseFile;

/**
 * A request for an import authorisation (AI) and, once granted, the authorisation: its own fields in
 * {@code import_authorisation}, beside its case in the register ({@link CaseFile}).
 */
@Entity
@Table(name = "import_authorisation")
@DiscriminatorValue(ImportAuthorisation.KIND)
public class ImportAuthorisation extends CaseFile {

    /** The kind of case in the register. */
    public static final String KIND = "IMPORT_AUTHORISATION";

    private String declarantEmail;
    private String provenanceCountry;
    private String originCountry;
    private String activeSubstances;
    private String routeOfAdministration;
    @Enumerated(EnumType.STRING)
    private QuantityMode quantityMode;
    private long quantity;
    private String quantityUnit;
    private int plannedOperations;
    @Enumerated(EnumType.STRING)
    private ImportPurpose purpose;
    private String purposeDetails;
    private String manufacturer;
    private String releaseSite;
    private LocalDate validUntil;

    protected ImportAuthorisation() {
    }

    ImportAuthorisation(String number, AuthorisationRequest request, Long establishmentId, String filedBy,
            Instant filedAt, Instant reviewDueAt, String processInstanceId) {
        super(number, ImportAuthorisationProcess.NUMBER_SERIES, establishmentId, filedBy, AuthorisationStatus.FILED,
                filedAt, reviewDueAt, processInstanceId);
        this.declarantEmail = request.declarantEmail();
        this.provenanceCountry = request.provenanceCountry();
        this.originCountry = request.originCountry();
        this.activeSubstances = request.activeSubstances();
        this.routeOfAdministration = request.routeOfAdministration();
        this.quantityMode = request.quantityMode();
        this.quantity = request.quantity();
        this.quantityUnit = request.quantityUnit();
        this.plannedOperations = request.plannedOperations();
        this.purpose = request.purpose();
        this.purposeDetails = request.purposeDetails();
        this.manufacturer = request.manufacturer();
        this.releaseSite = request.releaseSite();
        searchable(number, request.medicineName(), request.strength(), request.pharmaceuticalForm());
        listedAs(getNumberSeries(), request.medicineName(), request.strength(),
                request.pharmaceuticalForm());
    }

    void changeStatus(AuthorisationStatus status) {
        changeStatus(status, Instant.now());
    }

    void decide(AuthorisationStatus decision, Instant at, String by, String comment, LocalDate validUntil) {
        decide(decision, at, by, comment, null, decision == AuthorisationStatus.GRANTED);
        this.validUntil = validUntil;
    }

    /** Granted and neither used up nor expired: imports can be recorded against it. */
    @Override
    public boolean isInForce() {
        return getStatus() == AuthorisationStatus.GRANTED;
    }

    public AuthorisationStatus getStatus() {
        return AuthorisationStatus.valueOf(getStatusCode());
    }

    public String getDeclarantEmail() {
        return declarantEmail;
    }

    public Instant getReviewDueAt() {
        return getDueAt();
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getProvenanceCountry() {
        return provenanceCountry;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public String getActiveSubstances() {
        return activeSubstances;
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
}
