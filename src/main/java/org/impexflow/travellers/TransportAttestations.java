package org.impexflow.travellers;

import static org.impexflow.travellers.TransportAttestationProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.attachment.FileType;
import org.impexflow.attachment.FileTypes;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.reference.Languages;
import org.impexflow.reference.Membership;
import org.impexflow.travellers.TravellerQuestion.Classification;
import org.impexflow.travellers.TravellerQuestion.Direction;
import org.impexflow.validation.FieldErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.impexflow.web.SubmissionToken;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for ANSM transport attestations: checked (each fault named by its field, nothing stored),
 * answered with what the traveller needs instead when the rules do not call for an attestation, or
 * registered with a number and handed to the narcotics team, in one transaction.
 */
@Service
@Transactional
public class TransportAttestations {

    /** The form's fields. */
    public static final List<String> FIELDS = List.of("residesInFrance", "lastName", "firstName", "birthDate",
            "residenceAddress", "email", "destinationCountry", "destinationRequiresCertificate", "departureDate",
            "returnDate", "medicineCode", "dailyDose", "quantityDays", "prescriber");
    /** {@code true} or {@code false}: the attestation is for residents of France. */
    public static final String RESIDES_IN_FRANCE = "residesInFrance";
    /** The box by which the traveller confirms that a destination not in ANSM's list requires the certificate. */
    public static final String DESTINATION_REQUIRES = "destinationRequiresCertificate";
    public static final String PRESCRIPTION = "prescription";
    /** The form's choice for a medicine that is not a narcotic: answered, not registered. */
    public static final String NOT_A_NARCOTIC = "NOT_A_NARCOTIC";
    public static final int MAX_PRESCRIPTION_BYTES = 5 * 1024 * 1024;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TransportAttestationRepository attestations;
    private final TransportAttestationEventRepository events;
    private final TravellerRules rules;
    private final DestinationCertificates certificates;
    private final Countries countries;
    private final CaseNumbering numbering;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final String baseUrl;

    TransportAttestations(TransportAttestationRepository attestations, TransportAttestationEventRepository events,
            TravellerRules rules, DestinationCertificates certificates, Countries countries,
            CaseNumbering numbering, RuntimeService runtime, JdbcTemplate jdbc,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.attestations = attestations;
        this.events = events;
        this.rules = rules;
        this.certificates = certificates;
        this.countries = countries;
        this.numbering = numbering;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl;
    }

    /**
     * Why a request is answered without an attestation: the traveller does not reside in France, the
     * destination does not require a certificate from the country of residence (ANSM's list), or the customs
     * rules call for other papers (a destination in the Schengen area, a medicine that is not a narcotic).
     */
    public enum NotNeeded {
        NOT_RESIDENT, DESTINATION_DOES_NOT_REQUIRE, RULES
    }

    /** The same request was filed a moment ago (sent twice): nothing more is stored; it names the one filed. */
    public static final class AlreadyFiledException extends RuntimeException {
        private final transient TransportAttestation filed;

        AlreadyFiledException(TransportAttestation filed) {
            super("already filed as " + filed.getNumber());
            this.filed = filed;
        }

        public TransportAttestation filed() {
            return filed;
        }
    }

    /** What the traveller needs instead of an attestation that is not called for; nothing was stored. */
    public static final class NotNeededException extends RuntimeException {
        private final NotNeeded why;
        private final transient TravellerAnswer answer;
        private final String country;
        private final String source;

        NotNeededException(NotNeeded why, TravellerAnswer answer, String country, String source) {
            super(why + (answer == null ? "" : ": " + answer.reason()));
            this.why = why;
            this.answer = answer;
            this.country = country;
            this.source = source;
        }

        public NotNeeded why() {
            return why;
        }

        /** The customs rules' answer ({@link NotNeeded#RULES}), else null. */
        public TravellerAnswer answer() {
            return answer;
        }

        /** The destination's name, in the traveller's language (null when not resident). */
        public String country() {
            return country;
        }

        /** The text ANSM's list gives for the destination ({@link NotNeeded#DESTINATION_DOES_NOT_REQUIRE}). */
        public String source() {
            return source;
        }
    }

    @Transactional(readOnly = true)
    public List<NarcoticMedicine> medicines() {
        return jdbc.query("SELECT code, name, max_prescription_days FROM narcotic_medicine ORDER BY name",
                (rs, i) -> new NarcoticMedicine(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    @Transactional(readOnly = true)
    public Optional<TransportAttestation> byNumber(String number) {
        return attestations.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public Optional<TransportAttestation> find(Long id) {
        return attestations.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<NarcoticMedicine> medicine(String code) {
        return medicines().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /**
     * Checks a request and registers it. Throws {@link org.impexflow.validation.InvalidInputException}
     * naming the fields at fault, or {@link NotNeededException} when the destination does not call for
     * an ANSM attestation; nothing is stored then.
     */
    public TransportAttestation request(Map<String, String> form, String fileName, byte[] file,
            Locale language) {
        // answered at once, whatever else the form holds: the attestation is for residents of France, and
        // only for a destination that requires a certificate from the country of residence
        if ("false".equals(form.get(RESIDES_IN_FRANCE))) {
            throw new NotNeededException(NotNeeded.NOT_RESIDENT, null, null, null);
        }
        Optional<DestinationCertificates.Listed> listed = Optional.ofNullable(form.get("destinationCountry"))
                .map(String::strip).filter(code -> !"FR".equals(code) && countries.find(code).isPresent())
                .flatMap(certificates::of);
        if (listed.isPresent() && listed.get().requirement() == DestinationCertificates.Requirement.NOT_REQUIRED) {
            throw new NotNeededException(NotNeeded.DESTINATION_DOES_NOT_REQUIRE, null,
                    countries.name(form.get("destinationCountry").strip(), language), listed.get().source());
        }
        FieldErrors errors = new FieldErrors();
        String token = SubmissionToken.of(form.get(SubmissionToken.FIELD));
        if (!"true".equals(form.get(RESIDES_IN_FRANCE))) {
            errors.add(RESIDES_IN_FRANCE, "obligatoire : résidez-vous en France ?");
        }
        String lastName = text(form, "lastName", 100, errors);
        String firstName = text(form, "firstName", 100, errors);
        LocalDate birthDate = date(form, "birthDate", errors);
        String address = text(form, "residenceAddress", 500, errors);
        String email = text(form, "email", 255, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add("email", "adresse e-mail invalide : " + email);
        }
        String destination = text(form, "destinationCountry", 2, errors);
        Optional<Country> country = destination == null ? Optional.empty() : countries.find(destination);
        if (destination != null && (country.isEmpty() || "FR".equals(destination))) {
            errors.add("destinationCountry", "pays de destination inconnu : " + destination);
        }
        LocalDate departure = date(form, "departureDate", errors);
        LocalDate returning = date(form, "returnDate", errors);
        LocalDate today = LocalDate.now(CaseNumbering.PARIS);
        if (departure != null && departure.isBefore(today)) {
            errors.add("departureDate", "la date de départ est passée");
        }
        if (departure != null && returning != null && returning.isBefore(departure)) {
            errors.add("returnDate", "le retour est avant le départ");
        }
        if (birthDate != null && !birthDate.isBefore(today)) {
            errors.add("birthDate", "date de naissance invalide");
        }
        // a destination outside the Schengen area that ANSM's list does not know: the traveller confirms it
        boolean confirmedByTraveller = listed.isEmpty() && country.isPresent() && !"FR".equals(destination)
                && !countries.isMember(destination, Membership.SCHENGEN,
                        departure == null || departure.isBefore(today) ? today : departure);
        if (confirmedByTraveller && !"true".equals(form.get(DESTINATION_REQUIRES))) {
            errors.add(DESTINATION_REQUIRES, "obligatoire : ce pays n'est pas dans la liste de l'ANSM ; confirmez "
                    + "qu'il exige un certificat des autorités de votre pays de résidence");
        }
        String medicineCode = text(form, "medicineCode", 40, errors);
        boolean narcotic = !NOT_A_NARCOTIC.equals(medicineCode);
        Optional<NarcoticMedicine> medicine = medicineCode == null || !narcotic ? Optional.empty()
                : medicine(medicineCode);
        if (medicineCode != null && narcotic && medicine.isEmpty()) {
            errors.add("medicineCode", "médicament inconnu : choisissez-le dans la liste");
        }
        String dailyDose = plainLine(form, "dailyDose", 200, errors, "une posologie, par exemple « 1 gélule matin et soir »");
        Integer days = whole(form, "quantityDays", errors);
        if (days != null && medicine.isPresent() && days > medicine.get().maxPrescriptionDays()) {
            errors.add("quantityDays", "au plus " + medicine.get().maxPrescriptionDays() + " jours de traitement : "
                    + "la durée maximale de prescription de ce médicament");
        }
        String prescriber = plainLine(form, "prescriber", 300, errors, "le nom du médecin prescripteur");
        String prescriptionType = null;
        if (file == null || file.length == 0) {
            errors.add(PRESCRIPTION, "obligatoire : l'ordonnance (PDF ou photo)");
        } else if (file.length > MAX_PRESCRIPTION_BYTES) {
            errors.add(PRESCRIPTION, "fichier trop volumineux (5 Mo au plus)");
        } else {
            try {
                prescriptionType = FileTypes.check(PRESCRIPTION, fileName, file, FileType.DOCUMENTS).mediaType();
            } catch (RefusedFileException refused) {
                errors.add(PRESCRIPTION, Languages.isEnglish(language)
                        ? Languages.text(language, "at.prescriptionRefused", fileName == null ? "" : fileName)
                        : refused.detail());
            }
        }
        errors.throwIfAny("Demande refusée, rien n'a été enregistré.");

        TravellerAnswer answer = rules.answer(new TravellerQuestion(Direction.LEAVING, destination,
                narcotic ? Classification.NARCOTIC : Classification.NONE, true, days, days,
                medicine.map(NarcoticMedicine::maxPrescriptionDays).orElse(null)), departure);
        if (!answer.ansmAttestationPossible()) {
            throw new NotNeededException(NotNeeded.RULES, answer, countries.name(destination, language), null);
        }

        AttestationRequest request = new AttestationRequest(lastName, firstName, birthDate, address, email,
                language.getLanguage().equals("en") ? "en" : "fr", destination, departure, returning, medicineCode,
                dailyDose, days, prescriber, fileName == null ? "ordonnance" : fileName, prescriptionType, file);
        ZonedDateTime now = ZonedDateTime.now(CaseNumbering.PARIS);
        String number = numbering.next(TransportAttestationProcess.NUMBER_SERIES, now);
        // looked up after the series' number, whose row is locked until this request commits: the same page sent
        // twice (a double click) waits for the first request and finds it; the number goes back unused
        // (the same page changed and sent again, back from the answer, is another request)
        Optional<TransportAttestation> sent = token == null ? Optional.empty()
                : attestations.findBySubmissionToken(token).stream().filter(a -> a.getEmail().equals(email)
                        && a.getDestinationCountry().equals(destination) && a.getDepartureDate().equals(departure)
                        && a.getReturnDate().equals(returning) && a.getMedicineCode().equals(medicineCode)
                        && a.getLastName().equals(lastName)).findFirst();
        if (sent.isPresent()) {
            throw new AlreadyFiledException(sent.get());
        }
        TransportAttestation attestation = attestations.save(new TransportAttestation(number, request, now.toInstant(),
                null));
        attestation.submittedAs(token);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ATTESTATION_ID, attestation.getId());
        variables.put(ATTESTATION_NUMBER, number);
        variables.put(TRAVELLER, firstName + " " + lastName);
        variables.put(DESTINATION_NAME, countries.frenchName(destination));
        variables.put(MEDICINE_NAME, medicine.get().name());
        variables.put(REVIEW_DUE_DATE, Date.from(now.plusDays(7).toInstant()));
        variables.put(PRESCRIPTION_URL, baseUrl + "/ansm/voyageurs/attestations/" + attestation.getId() + "/ordonnance");
        variables.put(REQUEST_SUMMARY, summary(attestation, medicine.get(), listed));
        ProcessInstance pi = runtime.startProcessInstanceByKey(TransportAttestationProcess.KEY, number, variables);
        attestation.started(pi.getId());
        events.save(new TransportAttestationEvent(attestation.getId(), TransportAttestation.Status.FILED,
                attestation.getFiledAt(), email, null));
        return attestation;
    }

    void decide(Long id, TransportAttestation.Status decision, String comment) {
        Instant now = Instant.now();
        String reviewer = CaseActor.current();
        attestations.findById(id).orElseThrow().decide(decision, reviewer, comment, now);
        events.save(new TransportAttestationEvent(id, decision, now, reviewer, comment));
    }

    void attach(Long id, byte[] pdf) {
        attestations.findById(id).orElseThrow().attach(pdf);
    }

    /** The attestation's timeline, oldest first. */
    @Transactional(readOnly = true)
    public List<TransportAttestationEvent> history(Long id) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(id);
    }

    TransportAttestation get(Long id) {
        return attestations.findById(id).orElseThrow(() -> new IllegalStateException("No attestation " + id));
    }

    private String summary(TransportAttestation a, NarcoticMedicine medicine,
            Optional<DestinationCertificates.Listed> listed) {
        StringBuilder md = new StringBuilder();
        org.impexflow.casefile.Markdown.item(md, "Voyageur", a.getFirstName() + " " + a.getLastName() + ", né(e) le "
                + CaseDates.day(a.getBirthDate()));
        org.impexflow.casefile.Markdown.item(md, "Résidence", a.getResidenceAddress());
        org.impexflow.casefile.Markdown.item(md, "Destination", countries.frenchName(a.getDestinationCountry())
                + " – du " + CaseDates.day(a.getDepartureDate()) + " au " + CaseDates.day(a.getReturnDate()));
        org.impexflow.casefile.Markdown.item(md, "Certificat du pays de résidence exigé", listed.map(l ->
                "oui, selon la liste de l'ANSM (" + l.source() + ")").orElse("confirmé par le voyageur (pays absent "
                        + "de la liste de l'ANSM)"));
        org.impexflow.casefile.Markdown.item(md, "Médicament", medicine.name() + " – " + a.getDailyDose() + " – "
                + a.getQuantityDays() + " jours (durée maximale de prescription : " + medicine.maxPrescriptionDays()
                + " jours)");
        org.impexflow.casefile.Markdown.item(md, "Prescripteur", a.getPrescriber());
        org.impexflow.casefile.Markdown.item(md, "Ordonnance", a.getPrescriptionName() + " (" + a.getPrescriptionTypeOrDefault()
                + ", SHA-256 " + a.getPrescriptionSha256() + ")");
        return md.toString();
    }

    /** A web address, an e-mail address: "evil.example", "http://…", "www.…", "x@y". */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "(?i)https?:|www\\.|@|[\\p{L}\\d-]*\\p{L}[\\p{L}\\d-]*\\.\\p{L}{2,}");

    /**
     * A text of the public form that the acknowledgement mail repeats to the address typed: one line, without
     * a link or an address (anyone could otherwise have ANSM mail any text and link to anyone).
     */
    private static String plainLine(Map<String, String> form, String field, int max, FieldErrors errors, String what) {
        String value = text(form, field, max, errors);
        if (value != null && (value.contains("\n") || value.contains("\r") || LINK.matcher(value).find())) {
            errors.add(field, "une seule ligne, sans lien ni adresse : " + what);
            return null;
        }
        return value;
    }

    private static String text(Map<String, String> form, String field, int max, FieldErrors errors) {
        return errors.text(field, form.get(field), true, max, "obligatoire");
    }

    private static LocalDate date(Map<String, String> form, String field, FieldErrors errors) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            errors.add(field, "obligatoire");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(field, "date attendue (AAAA-MM-JJ) : " + value);
            return null;
        }
    }

    private static Integer whole(Map<String, String> form, String field, FieldErrors errors) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            errors.add(field, "obligatoire");
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= 365) {
                return number;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.add(field, "nombre de jours entre 1 et 365 attendu : " + value);
        return null;
    }
}
