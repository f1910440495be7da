package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The complementary information of the accounts, for the pages and processes that show or change it. */
@Service
@Transactional(readOnly = true)
public class AccountInformations {

    private final AccountInformationRepository informations;
    private final Establishments establishments;

    AccountInformations(AccountInformationRepository informations, Establishments establishments) {
        this.informations = informations;
        this.establishments = establishments;
    }

    /** Records information given elsewhere than in the form (demo accounts, migrations). */
    @Transactional
    public AccountInformation record(String userId, String lastName, String firstName, String phone,
            AccountInformation.Quality quality, Long establishmentId, String changedBy) {
        return informations.save(new AccountInformation(userId, lastName, firstName, phone, quality, establishmentId,
                java.time.Instant.now(), changedBy));
    }

    public Optional<AccountInformation> of(String userId) {
        return informations.findById(userId);
    }

    /** The information as the values of the form {@code account-information}, to be changed by support. */
    public Map<String, Object> formValues(String userId) {
        AccountInformation info = informations.findById(userId).orElseThrow(
                () -> new IllegalStateException("No complementary information for " + userId));
        Establishment establishment = establishments.byId(info.getEstablishmentId()).orElseThrow();
        Map<String, Object> values = new HashMap<>();
        values.put(EMAIL, userId);
        values.put(LAST_NAME, info.getLastName());
        values.put(FIRST_NAME, info.getFirstName());
        values.put(PHONE, info.getPhone());
        values.put(QUALITY, info.getQuality().name());
        values.put(COUNTRY, establishment.getCountryCode());
        values.put(SIRET, establishment.getSiret());
        values.put(COMPANY_NAME, establishment.getName());
        values.put(ESTABLISHMENT_TYPE, establishment.getType().name());
        values.put(ADDRESS, establishment.getAddress());
        values.put(ADDRESS_COMPLEMENT, establishment.getAddressComplement());
        values.put(POSTAL_CODE, establishment.getPostalCode());
        values.put(CITY, establishment.getCity());
        // acknowledged by the holder at the first validation; support confirms its own change
        values.put(CGU_ACKNOWLEDGED, true);
        values.put(CONFIRMED, false);
        return values;
    }
}
