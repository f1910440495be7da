package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A declaration "En brouillon": the fields as the declarant left them (JSON), not numbered. */
@Entity
@Table(name = "declaration_draft")
public class DeclarationDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long establishmentId;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String declarationType;
    private String medicineName;
    private String content;

    protected DeclarationDraft() {
    }

    DeclarationDraft(Long establishmentId, String createdBy, Instant now) {
        this.establishmentId = establishmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String declarationType, String medicineName, String content, Instant now) {
        this.declarationType = declarationType;
        this.medicineName = medicineName;
        this.content = content;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getDeclarationType() {
        return declarationType;
    }

    public String getMedicineName() {
        return medicineName;
    }

    String getContent() {
        return content;
    }
}
