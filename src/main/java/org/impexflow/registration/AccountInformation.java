package org.impexflow.registration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** "Informations complémentaires": who the person is and for which establishment, given once. */
@Entity
@Table(name = "account_information")
public class AccountInformation {

    @Id
    private String userId;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;
    private String quality;
    private Long establishmentId;
    private Instant validatedAt;
    private String changedBy;

    protected AccountInformation() {
    }

    AccountInformation(String userId, String lastName, String firstName, String phone, Quality quality,
            Long establishmentId, Instant validatedAt, String changedBy) {
        this.userId = userId;
        this.email = userId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.phone = phone;
        this.quality = quality.name();
        this.establishmentId = establishmentId;
        this.validatedAt = validatedAt;
        this.changedBy = changedBy;
    }

    public String getUserId() {
        return userId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getPhone() {
        return phone;
    }

    public Quality getQuality() {
        return Quality.valueOf(quality);
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    /** Qualité du demandeur. */
    public enum Quality {
        PHARMACIEN_RESPONSABLE("Pharmacien Responsable"),
        PHARMACIEN_RESPONSABLE_INTERIMAIRE("Pharmacien Responsable Intérimaire"),
        AUTRES("Autres");

        private final String label;

        Quality(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
