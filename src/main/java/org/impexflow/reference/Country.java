package org.impexflow.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country of ISO 3166-1, its memberships are periods ({@link CountryMembership}, read by {@link Countries#isMember}). */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column
    private String code;
    private String nameFr;
    private String nameEn;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }
}
