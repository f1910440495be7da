package org.impexflow.travellers;

/** A narcotic medicine a traveller may ask an attestation for, with its maximum prescription duration (data). */
public record NarcoticMedicine(String code, String name, int maxPrescriptionDays) {
}
