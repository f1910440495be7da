package org.impexflow.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A period during which a country belongs to a {@link Membership}: from {@code validFrom} (inclusive) until
 * {@code validUntil} (exclusive; null while in force), with the text it comes from.
 */
@Entity
@Table(name = "country_membership")
@IdClass(CountryMembership.Key.class)
public class CountryMembership {

    @Id
    @Column(name = "country_code")
    private String countryCode;
    @Id
    @Enumerated(EnumType.STRING)
    private Membership kind;
    @Id
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String source;

    protected CountryMembership() {
    }

    /** A new period (the administrators' page, administration.MembershipAdministration). */
    public CountryMembership(String countryCode, Membership kind, LocalDate validFrom, LocalDate validUntil,
            String source) {
        this.countryCode = countryCode;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.source = source;
    }

    /** Changes the end of the period (exclusive; null: in force) and its source, as an administrator decides. */
    public void change(LocalDate until, String newSource) {
        this.validUntil = until;
        this.source = newSource;
    }

    /** Whether the period shares at least one day with another from {@code from} until {@code until} (null: open). */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return (until == null || validFrom.isBefore(until)) && (validUntil == null || from.isBefore(validUntil));
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Membership getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getSource() {
        return source;
    }

    /** Whether the period covers a day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }

    /** The primary key: a period of a kind starts once on a given day for a country. */
    public static class Key implements Serializable {

        private String countryCode;
        private Membership kind;
        private LocalDate validFrom;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(countryCode, key.countryCode) && kind == key.kind
                    && Objects.equals(validFrom, key.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(countryCode, kind, validFrom);
        }
    }
}
