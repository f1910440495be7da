package org.impexflow.travellers;

import java.time.LocalDate;

/** A checked request for a transport attestation, as the public form gives it. */
record AttestationRequest(String lastName, String firstName, LocalDate birthDate, String residenceAddress,
        String email, String language, String destinationCountry, LocalDate departureDate, LocalDate returnDate,
        String medicineCode, String dailyDose, int quantityDays, String prescriber, String prescriptionName,
        String prescriptionType, byte[] prescription) {
}
