package org.impexflow.importauthorisation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An import made under an authorisation: how much, when, and the declarant's reference (e.g. customs). */
@Entity
@Table(name = "import_operation")
public class ImportOperation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long authorisationId;
    private long quantity;
    private LocalDate importedOn;
    private String reference;
    private Instant recordedAt;
    private String recordedBy;
    /** The token of the page it was recorded from, when the page sent one. */
    private String submissionToken;

    protected ImportOperation() {
    }

    ImportOperation(Long authorisationId, long quantity, LocalDate importedOn, String reference, Instant recordedAt,
            String recordedBy) {
        this.authorisationId = authorisationId;
        this.quantity = quantity;
        this.importedOn = importedOn;
        this.reference = reference;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long getQuantity() {
        return quantity;
    }

    public LocalDate getImportedOn() {
        return importedOn;
    }

    public String getReference() {
        return reference;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    ImportOperation submittedAs(String token) {
        this.submissionToken = token;
        return this;
    }
}
