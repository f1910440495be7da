package org.impexflow.casefile;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.DiscriminatorValue;

import org.hibernate.Hibernate;

/**
 * What a procedure shows of its decisions on the public verification page besides what the register holds
 * (number, decision date, state, the version that replaced it, acts after the decision): the document's
 * title, the medicine, the country and, for a document that has one, its last day of validity. A procedure
 * whose decisions carry a verification code declares one bean of this class; {@link CaseVerification}
 * answers the page for every kind through it.
 *
 * @param <C> the procedure's entity (its kind is the entity's {@code @DiscriminatorValue})
 */
public abstract class VerificationLines<C extends CaseFile> {

    private final Class<C> type;
    private final Function<C, Lines> lines;

    protected VerificationLines(Class<C> type, Function<C, Lines> lines) {
        this.type = type;
        this.lines = lines;
    }

    /** The kind of case these lines describe, e.g. {@code EXPORT_DECLARATION}. */
    public String kind() {
        return type.getAnnotation(DiscriminatorValue.class).value();
    }

    /** Whether the case is of this kind. */
    boolean describes(CaseFile c) {
        return type.isInstance(Hibernate.unproxy(c));
    }

    Lines of(CaseFile c) {
        return lines.apply(type.cast(Hibernate.unproxy(c)));
    }

    /**
     * The procedure's own lines of the page.
     *
     * @param title        e.g. "Déclaration d'exportation initiale (DEI)"
     * @param englishTitle the same in English, for the page in English (e.g. an importing country's authority)
     * @param medicine     the medicine's name
     * @param countryLabel the message key naming the country's row ({@code VerifiableDocument.DESTINATION} or
     *                     {@code PROVENANCE})
     * @param country      the country's ISO code (the page names it in French)
     * @param validUntil   the last day of validity, null for a document valid until an act or a later version
     */
    public record Lines(String title, String englishTitle, String medicine, String countryLabel, String country,
            LocalDate validUntil) {
    }
}
