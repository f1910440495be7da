package org.impexflow.travellers;

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
 * A traveller's request for an ANSM transport attestation, and the attestation once issued: its own
 * fields in {@code transport_attestation}, beside its case in the register ({@link CaseFile}).
 */
@Entity
@Table(name = "transport_attestation")
@DiscriminatorValue(TransportAttestation.KIND)
public class TransportAttestation extends CaseFile {

    /** The kind of case in the register. */
    public static final String KIND = "TRANSPORT_ATTESTATION";

    public enum Status {
        FILED("Déposée", "Filed"), ISSUED("Délivrée", "Issued"), REFUSED("Refusée", "Refused"),
        /** Issued, then withdrawn, suspended or prohibited by ANSM (acts after the decision, process {@code case-act}). */
        WITHDRAWN("Retirée", "Withdrawn"), SUSPENDED("Suspendue", "Suspended"), PROHIBITED("Interdite", "Prohibited");

        private final String french;
        private final String english;

        Status(String french, String english) {
            this.french = french;
            this.english = english;
        }

        public String label(java.util.Locale language) {
            return "en".equals(language.getLanguage()) ? english : french;
        }
    }

    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private String residenceAddress;
    private String email;
    private String language;
    private String destinationCountry;
    private LocalDate departureDate;
    private LocalDate returnDate;
    private String medicineCode;
    private String dailyDose;
    private int quantityDays;
    private String prescriber;
    private String prescriptionName;
    private String prescriptionType;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "BYTEA")
    private byte[] prescription;
    private String prescriptionSha256;
    /** The token of the form the request came from ({@code submission}), when the page sent one. */
    private String submissionToken;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attestation_pdf", columnDefinition = "BYTEA")
    private byte[] attestationPdf;

    protected TransportAttestation() {
    }

    TransportAttestation(String number, AttestationRequest request, Instant filedAt, String processInstanceId) {
        super(number, TransportAttestationProcess.NUMBER_SERIES, null, null, Status.FILED, filedAt, null,
                processInstanceId);
        this.lastName = request.lastName();
        this.firstName = request.firstName();
        this.birthDate = request.birthDate();
        this.residenceAddress = request.residenceAddress();
        this.email = request.email();
        this.language = request.language();
        this.destinationCountry = request.destinationCountry();
        this.departureDate = request.departureDate();
        this.returnDate = request.returnDate();
        this.medicineCode = request.medicineCode();
        this.dailyDose = request.dailyDose();
        this.quantityDays = request.quantityDays();
        this.prescriber = request.prescriber();
        this.prescriptionName = request.prescriptionName();
        this.prescriptionType = request.prescriptionType();
        this.prescription = request.prescription();
        this.prescriptionSha256 = org.impexflow.attachment.Attachments.sha256(request.prescription());
    }

    void decide(Status decision, String by, String comment, Instant at) {
        decide(decision, at, by, comment, null, decision == Status.ISSUED);
    }

    void submittedAs(String token) {
        this.submissionToken = token;
    }

    void started(String processInstanceId) {
        startedAs(processInstanceId);
    }

    void attach(byte[] pdf) {
        this.attestationPdf = pdf;
    }

    public Status getStatus() {
        return Status.valueOf(getStatusCode());
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getResidenceAddress() {
        return residenceAddress;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public LocalDate getReturnDate() {
        return returnDate;
    }

    public String getMedicineCode() {
        return medicineCode;
    }

    public String getDailyDose() {
        return dailyDose;
    }

    public int getQuantityDays() {
        return quantityDays;
    }

    public String getPrescriber() {
        return prescriber;
    }

    public String getPrescriptionName() {
        return prescriptionName;
    }

    public byte[] getPrescription() {
        return prescription;
    }

    /** The SHA-256 of the prescription, hexadecimal. */
    public String getPrescriptionSha256() {
        return prescriptionSha256;
    }

    public String getPrescriptionTypeOrDefault() {
        return prescriptionType == null ? "application/octet-stream" : prescriptionType;
    }

    public byte[] getAttestationPdf() {
        return attestationPdf;
    }
}
