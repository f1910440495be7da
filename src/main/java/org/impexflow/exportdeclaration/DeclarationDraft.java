package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Column;
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
    @Column(name = "establishment_id")
    private Long establishmentId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "declaration_type")
    private String declarationType;
    @Column(name = "medicine_name")
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
