package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A declaration "En brouillon": the fields as the declarant left them (JSON), its N° de fiche in the drafts' own
 * series (given when first saved), and what the declarant's home table shows, sorts and searches it by.
 */
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
    private String draftNumber;
    private String strength;
    private String pharmaceuticalForm;
    private String searchText;

    protected DeclarationDraft() {
    }

    DeclarationDraft(Long establishmentId, String createdBy, Instant now) {
        this.establishmentId = establishmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String declarationType, String medicineName, String strength, String pharmaceuticalForm,
            String content, Instant now) {
        this.declarationType = declarationType;
        this.medicineName = medicineName;
        this.strength = strength;
        this.pharmaceuticalForm = pharmaceuticalForm;
        this.content = content;
        this.updatedAt = now;
        this.searchText = org.impexflow.casefile.SearchText.normalise(java.util.stream.Stream.of(draftNumber,
                medicineName, strength, pharmaceuticalForm).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /** Its N° de fiche, given once (a draft saved before drafts were numbered gets it when next saved). */
    void numbered(String number) {
        if (this.draftNumber == null) {
            this.draftNumber = number;
        }
    }

    public String getNumber() {
        return draftNumber;
    }

    public String getStrength() {
        return strength;
    }

    public String getPharmaceuticalForm() {
        return pharmaceuticalForm;
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
