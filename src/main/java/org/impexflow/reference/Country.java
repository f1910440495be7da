package org.impexflow.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country of ISO 3166-1, with the memberships that the procedures depend on (kept as data). */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column
    private String code;
    private String nameFr;
    private String nameEn;
    private boolean euMember;
    private boolean schengenMember;

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

    public boolean isEuMember() {
        return euMember;
    }

    public boolean isSchengenMember() {
        return schengenMember;
    }
}
