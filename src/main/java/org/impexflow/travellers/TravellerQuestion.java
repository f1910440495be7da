package org.impexflow.travellers;

/**
 * What a traveller tells about the medicine they carry: entering or leaving France, the other country
 * (ISO code), how the medicine is classified, whether they carry it themselves, the treatment duration
 * on the prescription (null without one), the quantity carried, in days of treatment, and the maximum
 * prescription duration of the medicine when the traveller named it from ANSM's list of narcotic medicines
 * (null otherwise: it bounds the ARS transport authorisation's validity).
 */
public record TravellerQuestion(Direction direction, String otherCountry, Classification classification,
        boolean carriedPersonally, Integer prescriptionDays, int quantityDays, Integer maxPrescriptionDays) {

    /** A question about a medicine not named from the list. */
    public TravellerQuestion(Direction direction, String otherCountry, Classification classification,
            boolean carriedPersonally, Integer prescriptionDays, int quantityDays) {
        this(direction, otherCountry, classification, carriedPersonally, prescriptionDays, quantityDays, null);
    }

    public enum Direction {
        ENTERING, LEAVING
    }

    public enum Classification {
        NONE, PSYCHOTROPIC, NARCOTIC
    }
}
