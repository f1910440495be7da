package org.impexflow.travellers;

import java.util.Comparator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.reference.Languages;
import org.impexflow.travellers.TravellerQuestion.Classification;
import org.impexflow.travellers.TravellerQuestion.Direction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Voyager avec des médicaments": a public page (no login) that asks the traveller's questions and
 * answers in plain words what they may carry and which papers to show.
 */
@Controller
@RequestMapping("/voyageurs")
record TravellersController(TravellerRules rules, Countries countries, TransportAttestations attestations) {

    static final int MAX_DAYS = 3650;

    @GetMapping
    String page(@RequestParam(required = false) String sens, @RequestParam(required = false) String pays,
            @RequestParam(required = false) String classement, @RequestParam(required = false) String transport,
            @RequestParam(required = false) String ordonnance, @RequestParam(required = false) String quantite,
            @RequestParam(required = false) String depart, @RequestParam(required = false) String medicament,
            Locale language, Model model) {
        model.addAttribute("countries", countries.all(language).stream().filter(c -> !"FR".equals(c.getCode()))
                .toList());
        java.util.List<NarcoticMedicine> medicines = attestations.medicines().stream()
                .sorted(Comparator.comparing(NarcoticMedicine::name, Languages.order(language))).toList();
        model.addAttribute("medicines", medicines);
        model.addAttribute("english", Locale.ENGLISH.getLanguage().equals(language.getLanguage()));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("sens", sens == null ? "ENTERING" : sens);
        typed.put("pays", pays == null ? "" : pays);
        typed.put("classement", classement == null ? "NONE" : classement);
        typed.put("transport", transport == null ? "true" : transport);
        typed.put("ordonnance", ordonnance == null ? "" : ordonnance);
        typed.put("quantite", quantite == null ? "" : quantite);
        typed.put("depart", depart == null ? "" : depart);
        typed.put("medicament", medicament == null ? "" : medicament);
        model.addAttribute("typed", typed);
        if (sens == null) {
            return "travellers/page";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Direction direction = parse(Direction.class, sens, "sens", errors);
        Classification classification = parse(Classification.class, classement, "classement", errors);
        if (pays == null || pays.isBlank() || "FR".equals(pays) || countries.find(pays).isEmpty()) {
            errors.put("pays", "error.country");
        }
        Integer prescription = ordonnance == null || ordonnance.isBlank() ? null : days(ordonnance, "ordonnance", errors);
        Integer quantity = quantite == null || quantite.isBlank() ? null : days(quantite, "quantite", errors);
        if (quantity == null && !errors.containsKey("quantite")) {
            errors.put("quantite", "error.required");
        }
        // the memberships (Schengen) that the answer depends on are read on the day of departure: today unless given
        LocalDate departure = departure(depart, errors);
        // the narcotic medicine, optional: its maximum prescription duration bounds the ARS authorisation
        NarcoticMedicine medicine = medicament == null || medicament.isBlank() ? null : medicines.stream()
                .filter(m -> m.code().equals(medicament)).findFirst().orElse(null);
        if (medicine == null && medicament != null && !medicament.isBlank()) {
            errors.put("medicament", "error.medicine");
        }
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            Integer maxPrescriptionDays = medicine != null && classification == Classification.NARCOTIC
                    ? medicine.maxPrescriptionDays() : null;
            TravellerQuestion question = new TravellerQuestion(direction, pays, classification,
                    !"false".equals(transport), prescription, quantity, maxPrescriptionDays);
            model.addAttribute("medicine", maxPrescriptionDays == null ? null : medicine);
            model.addAttribute("question", question);
            model.addAttribute("country", countries.name(pays, language));
            model.addAttribute("answer", rules.answer(question, departure));
        }
        return "travellers/page";
    }

    /** The day of departure (ISO, as a date field sends it): today when not given; within ten years either way. */
    private static LocalDate departure(String text, Map<String, String> errors) {
        LocalDate today = LocalDate.now(org.impexflow.casefile.CaseNumbering.PARIS);
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (!day.isBefore(today.minusYears(10)) && !day.isAfter(today.plusYears(10))) {
                return day;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // below
        }
        errors.put("depart", "error.date");
        return today;
    }

    private static Integer days(String text, String field, Map<String, String> errors) {
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.put(field, "error.days");
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put(field, "error.required");
            return null;
        }
    }
}
