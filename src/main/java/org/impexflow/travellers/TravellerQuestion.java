package org.impexflow.travellers;

/**
 * What a traveller tells about the medicine they carry: entering or leaving France, the other country
 * (ISO code), how the medicine is classified, whether they carry it themselves, the treatment duration
 * on the prescription (null without one) and the quantity carried, in days of treatment.
 */
public record TravellerQuestion(Direction direction, String otherCountry, Classification classification,
        boolean carriedPersonally, Integer prescriptionDays, int quantityDays) {

    public enum Direction {
        ENTERING, LEAVING
    }

    public enum Classification {
        NONE, PSYCHOTROPIC, NARCOTIC
    }
}
