package org.impexflow.authority;

import java.time.Instant;
import java.util.Locale;

import org.impexflow.reference.Languages;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The health ministry of an importing country, to which validated export declarations are sent. */
@Entity
@Table(name = "importing_authority")
public class ImportingAuthority {

    @Id
    private String countryCode;
    private String name;
    private String email;
    private String address;
    /** The language of the mails it receives: "fr" (the bilingual mail) or "en". */
    private String language = "fr";
    private Instant updatedAt;

    protected ImportingAuthority() {
    }

    public ImportingAuthority(String countryCode, String name, String email) {
        this.countryCode = countryCode;
        this.name = name;
        this.email = email;
        this.updatedAt = Instant.now();
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public Locale getLanguage() {
        return Languages.of(language);
    }
}
