package org.impexflow.establishment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pharmaceutical establishment or hospital pharmacy whose accounts file declarations. */
@Entity
@Table(name = "establishment")
public class Establishment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String siret;
    private String name;
    private String type;
    private String address;
    private String postalCode;
    private String city;
    private String countryCode;
    private String addressComplement;
    private Instant createdAt;
    /** The name without accents and in lower case, for ANSM's search (Languages.searchable). */
    private String searchName;
    /** For an establishment ANSM support registered from a mailed declaration: the contact invited to join. */
    private String invitedContactEmail;

    protected Establishment() {
    }

    public Establishment(String siret, String name, EstablishmentType type, String address, String postalCode,
            String city, String countryCode) {
        this.siret = siret;
        this.name = name;
        this.type = type.name();
        this.address = address;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = countryCode;
        this.createdAt = Instant.now();
        this.searchName = org.impexflow.reference.Languages.searchable(name);
    }

    public Establishment withAddressComplement(String complement) {
        this.addressComplement = complement == null || complement.isBlank() ? null : complement.strip();
        return this;
    }

    /** Registered by ANSM support for a declaration received by e-mail: the contact invited to create an account. */
    public Establishment withInvitedContact(String email) {
        this.invitedContactEmail = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        return this;
    }

    /** The contact invited to create the first account; null when the establishment was registered by an account. */
    public String getInvitedContactEmail() {
        return invitedContactEmail;
    }

    public String getAddressComplement() {
        return addressComplement;
    }

    public Long getId() {
        return id;
    }

    public String getSiret() {
        return siret;
    }

    public String getName() {
        return name;
    }

    public EstablishmentType getType() {
        return EstablishmentType.valueOf(type);
    }

    /**
     * Export declarations (DEI/DEC) are filed by pharmaceutical establishments located in France (ANSM's
     * page on the declaration regime, article L.5124-11 of the code de la santé publique): a hospital
     * pharmacy, another kind of establishment or one abroad does not file them.
     */
    public boolean filesExportDeclarations() {
        return getType() == EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT && "FR".equals(countryCode);
    }

    public String getAddress() {
        return address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** The engine group whose members see this establishment's cases. */
    public String groupId() {
        return Establishments.GROUP_PREFIX + id;
    }

    /** The engine group of this establishment's managers: they decide who joins. */
    public String managersGroupId() {
        return Establishments.GROUP_PREFIX + id + Establishments.MANAGERS_SUFFIX;
    }
}
