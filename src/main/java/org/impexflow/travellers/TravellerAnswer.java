package org.impexflow.travellers;

/**
 * The decision's answer: allowed or not, the largest quantity in days of treatment, the papers to show
 * (prescription {@code OPTIONAL}, {@code MANDATORY} or {@code ORIGINAL}; the origin country's certificate;
 * the ARS transport authorisation and its validity; the ANSM attestation when the destination requires
 * one), the reason and the text it comes from.
 */
public record TravellerAnswer(boolean allowed, int maxDays, String prescription, boolean originCertificate,
        boolean arsAuthorisation, Integer arsValidityDays, String ansmAttestation, String reason, String reference,
        boolean otherCountryInSchengen) {

    public boolean ansmAttestationPossible() {
        return "IF_DESTINATION_REQUIRES".equals(ansmAttestation);
    }
}
