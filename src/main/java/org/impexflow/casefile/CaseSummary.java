package org.impexflow.casefile;

import static org.impexflow.casefile.Markdown.escape;

import java.util.Locale;

import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.springframework.stereotype.Component;

/**
 * The head of a case's summary for the Tasklist forms (Markdown, in French), the same for every procedure:
 * number and type, when filed and when the review is due, the establishment and the declarant. A procedure's
 * summary appends its own sections ({@link Markdown#item}) with the labels and countries written here.
 */
@Component
public record CaseSummary(Establishments establishments, Countries countries) {

    /**
     * The summary's first lines, to append the procedure's own to.
     *
     * @param numberLabel e.g. "N° de fiche"
     * @param type        e.g. "Déclaration d'exportation initiale (DEI)"
     * @param declarant   who filed, as the procedure records it
     */
    public StringBuilder head(CaseFile c, String numberLabel, String type, String declarant) {
        Establishment e = establishments.byId(c.getEstablishmentId()).orElseThrow();
        StringBuilder md = new StringBuilder();
        md.append("**").append(numberLabel).append(" :** ").append(c.getNumber()).append(" – ").append(type)
                .append("\n\n");
        md.append("**Déposée le :** ").append(CaseDates.dayTime(c.getFiledAt()))
                .append(" – **échéance d'instruction :** ").append(CaseDates.day(c.getDueAt())).append("\n\n");
        md.append("**Établissement :** ").append(escape(e.getName()))
                .append(e.getSiret() == null ? "" : " (SIRET " + e.getSiret() + ")")
                .append(" – **déclarant :** ").append(escape(declarant)).append("\n\n");
        return md;
    }

    /** A country in French with its code: "Sénégal (SN)". */
    public String country(String code) {
        return countries.frenchName(code) + " (" + code + ")";
    }

    /** A country in French. */
    public String countryName(String code) {
        return countries.frenchName(code);
    }

    /** The French label of a field, as the pages and documents write it ({@code messages.properties}). */
    public static String label(String key) {
        return Languages.text(Locale.FRENCH, key);
    }
}
