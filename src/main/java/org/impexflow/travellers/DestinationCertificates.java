package org.impexflow.travellers;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a destination requires, for a traveller entering it with a narcotic, a certificate from the
 * authorities of the patient's country of residence: the reference list {@code certificats-destination}
 * that ANSM's administrators keep (table {@code destination_certificate}), read at each request.
 */
@Service
@Transactional(readOnly = true)
class DestinationCertificates {

    enum Requirement {
        REQUIRED, NOT_REQUIRED
    }

    /** What the list says of a country, and the text it comes from. */
    record Listed(Requirement requirement, String source) {
    }

    private final JdbcTemplate jdbc;

    DestinationCertificates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the country is not in the list. */
    Optional<Listed> of(String countryCode) {
        return jdbc.query("SELECT certificate, source FROM destination_certificate WHERE country_code = ?",
                (rs, i) -> new Listed(Requirement.valueOf(rs.getString(1)), rs.getString(2)), countryCode)
                .stream().findFirst();
    }
}
