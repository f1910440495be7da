package org.impexflow.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.impexflow.reference.Countries;
import org.impexflow.reference.CountryMembership;
import org.impexflow.reference.CountryMembershipRepository;
import org.impexflow.reference.Languages;
import org.impexflow.reference.Membership;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of the countries' memberships by ANSM's administrators: a new period, the end of one, or a CSV
 * file of periods; each checked whole before anything is stored, each written to the audit log
 * ({@link ReferenceChanges}) with who, when, before, after and the reason, which is required.
 */
@Service
public class MembershipAdministration {

    static final String SUBJECT = "country_membership";
    static final int MAX_SOURCE = 300;
    static final int MAX_REASON = 2000;

    private final CountryMembershipRepository memberships;
    private final Countries countries;
    private final ReferenceChanges changes;
    private final Clock clock;

    MembershipAdministration(CountryMembershipRepository memberships, Countries countries, ReferenceChanges changes,
            Clock clock) {
        this.memberships = memberships;
        this.countries = countries;
        this.changes = changes;
        this.clock = clock;
    }

    /** A period as typed in the form or read from a CSV line, each field still a text. */
    public record PeriodInput(String countryCode, String kind, String validFrom, String validUntil, String source) {
    }

    /** A period whose fields are all valid. */
    record Period(String countryCode, Membership kind, LocalDate from, LocalDate until, String source) {

        String key() {
            return countryCode + " " + kind + " " + from;
        }
    }

    /** Every period, by country, kind and start. */
    @Transactional(readOnly = true)
    public List<CountryMembership> all() {
        return memberships.findAll().stream().sorted(Comparator.comparing(CountryMembership::getCountryCode)
                .thenComparing(CountryMembership::getKind).thenComparing(CountryMembership::getValidFrom)).toList();
    }

    /**
     * Adds a period; the refusals by field (empty when stored): country, kind, dates, source, reason,
     * and a period of the same kind of the same country that shares a day with it.
     */
    @Transactional
    public Map<String, String> add(PeriodInput input, String reason, String actor, Locale language) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Period> period = check(input, errors, language);
        ReferenceLists.checkReason(reason, errors, language);
        period.ifPresent(p -> countries.lockForChange(p.countryCode()));
        if (period.isPresent() && overlapping(period.get(), null).isPresent()) {
            errors.put("validFrom", Languages.text(language, "refAdmin.error.overlap",
                    describe(overlapping(period.get(), null).get())));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Period p = period.get();
        memberships.save(new CountryMembership(p.countryCode(), p.kind(), p.from(), p.until(), p.source()));
        log(p.key(), null, describe(p), reason, actor);
        return errors;
    }

    /**
     * Sets the end of an existing period (the day it no longer applies; empty: in force again); the
     * refusals by field (empty when stored).
     */
    @Transactional
    public Map<String, String> end(String countryCode, String kind, String validFrom, String validUntil,
            String reason, String actor, Locale language) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (countryCode != null && countries.find(countryCode.strip().toUpperCase(Locale.ROOT)).isPresent()) {
            countries.lockForChange(countryCode.strip().toUpperCase(Locale.ROOT));
        }
        Optional<CountryMembership> existing = find(countryCode, kind, validFrom);
        LocalDate until = null;
        if (existing.isEmpty()) {
            errors.put("period", Languages.text(language, "refAdmin.error.noSuchPeriod"));
        } else {
            until = date(validUntil, "validUntil", false, errors, language);
            if (until != null && !until.isAfter(existing.get().getValidFrom())) {
                errors.put("validUntil", Languages.text(language, "refAdmin.error.untilBeforeFrom"));
            }
        }
        ReferenceLists.checkReason(reason, errors, language);
        if (!errors.isEmpty()) {
            return errors;
        }
        CountryMembership period = existing.get();
        Period changed = new Period(period.getCountryCode(), period.getKind(), period.getValidFrom(), until,
                period.getSource());
        Optional<CountryMembership> other = overlapping(changed, period);
        if (other.isPresent()) {
            errors.put("validUntil", Languages.text(language, "refAdmin.error.overlap", describe(other.get())));
            return errors;
        }
        String before = describe(period);
        period.change(until, period.getSource());
        memberships.save(period);
        log(changed.key(), before, describe(changed), reason, actor);
        return errors;
    }

    /** The last changes of the memberships, newest first. */
    @Transactional(readOnly = true)
    public List<ReferenceChange> lastChanges() {
        return changes.findTop30BySubjectOrderByChangedAtDescIdDesc(SUBJECT);
    }

    /**
     * Applies the periods of a CSV file, ALL or NOTHING: each line adds a period, or changes the end and
     * source of the period of the same country, kind and start; a line identical to the stored period
     * changes nothing. The refused lines (line number, column, why) when the file is refused, else empty.
     */
    @Transactional
    public ImportResult load(List<MembershipCsv.Line> lines, String reason, String actor, Locale language) {
        List<String> refusals = new ArrayList<>();
        Map<String, String> reasonError = new LinkedHashMap<>();
        ReferenceLists.checkReason(reason, reasonError, language);
        reasonError.values().forEach(refusals::add);
        if (lines.isEmpty()) {
            refusals.add(Languages.text(language, "refAdmin.csv.empty"));
        }
        Map<String, Integer> lineOfKey = new LinkedHashMap<>();
        List<Period> periods = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (MembershipCsv.Line line : lines) {
            if (line.malformed() != null) {
                refusals.add(Languages.text(language, "refAdmin.csv.lineRefusal", line.number(), line.malformed()));
                continue;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            Optional<Period> period = check(line.input(), errors, language);
            errors.forEach((field, message) -> refusals.add(Languages.text(language, "refAdmin.csv.refusal",
                    line.number(), MembershipCsv.column(field), message)));
            if (period.isPresent()) {
                Integer twice = lineOfKey.putIfAbsent(period.get().key(), line.number());
                if (twice != null) {
                    refusals.add(Languages.text(language, "refAdmin.csv.refusal", line.number(),
                            MembershipCsv.column("validFrom"), Languages.text(language, "refAdmin.csv.twice", twice)));
                } else {
                    periods.add(period.get());
                    numbers.add(line.number());
                }
            }
        }
        // overlaps with what is stored (but the same period, which the line replaces) and within the file
        periods.stream().map(Period::countryCode).distinct().sorted().forEach(countries::lockForChange);
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            for (CountryMembership stored : memberships.findByCountryCodeAndKind(p.countryCode(), p.kind())) {
                boolean replaced = lineOfKey.containsKey(p.countryCode() + " " + p.kind() + " " + stored.getValidFrom());
                if (!replaced && stored.overlaps(p.from(), p.until())) {
                    refusals.add(Languages.text(language, "refAdmin.csv.refusal", numbers.get(i),
                            MembershipCsv.column("validFrom"),
                            Languages.text(language, "refAdmin.error.overlap", describe(stored))));
                }
            }
            for (int j = 0; j < i; j++) {
                Period q = periods.get(j);
                if (q.countryCode().equals(p.countryCode()) && q.kind() == p.kind() && overlap(p, q)) {
                    refusals.add(Languages.text(language, "refAdmin.csv.refusal", numbers.get(i),
                            MembershipCsv.column("validFrom"),
                            Languages.text(language, "refAdmin.csv.overlapLine", numbers.get(j))));
                }
            }
        }
        if (!refusals.isEmpty()) {
            return new ImportResult(refusals, 0, 0);
        }
        int applied = 0;
        for (Period p : periods) {
            Optional<CountryMembership> stored = memberships.findByCountryCodeAndKind(p.countryCode(), p.kind())
                    .stream().filter(m -> m.getValidFrom().equals(p.from())).findFirst();
            if (stored.isPresent()) {
                String before = describe(stored.get());
                if (before.equals(describe(p))) {
                    continue;
                }
                stored.get().change(p.until(), p.source());
                memberships.save(stored.get());
                log(p.key(), before, describe(p), reason, actor);
            } else {
                memberships.save(new CountryMembership(p.countryCode(), p.kind(), p.from(), p.until(), p.source()));
                log(p.key(), null, describe(p), reason, actor);
            }
            applied++;
        }
        return new ImportResult(List.of(), applied, periods.size() - applied);
    }

    private Optional<Period> check(PeriodInput input, Map<String, String> errors, Locale language) {
        String code = input.countryCode() == null ? "" : input.countryCode().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.put("countryCode", Languages.text(language, "refAdmin.error.countryMissing"));
        } else if (countries.find(code).isEmpty()) {
            errors.put("countryCode", Languages.text(language, "refAdmin.error.countryUnknown", code));
        }
        Membership kind = kind(input.kind());
        if (kind == null) {
            errors.put("kind", Languages.text(language, "refAdmin.error.kind"));
        }
        LocalDate from = date(input.validFrom(), "validFrom", true, errors, language);
        LocalDate until = date(input.validUntil(), "validUntil", false, errors, language);
        if (from != null && until != null && !until.isAfter(from)) {
            errors.put("validUntil", Languages.text(language, "refAdmin.error.untilBeforeFrom"));
        }
        String source = input.source() == null ? "" : input.source().strip();
        if (source.isEmpty()) {
            errors.put("source", Languages.text(language, "refAdmin.error.sourceMissing"));
        } else if (source.length() > MAX_SOURCE) {
            errors.put("source", Languages.text(language, "refAdmin.error.tooLong", MAX_SOURCE));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Period(code, kind, from, until, source));
    }

    private static Membership kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Membership.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text, String field, boolean required, Map<String, String> errors,
            Locale language) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, Languages.text(language, "refAdmin.error.dateMissing"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, Languages.text(language, "refAdmin.error.date", text.strip()));
            return null;
        }
    }

    private Optional<CountryMembership> find(String countryCode, String kind, String validFrom) {
        Membership membership = kind(kind);
        if (countryCode == null || membership == null || validFrom == null) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(validFrom.strip());
            return memberships.findByCountryCodeAndKind(countryCode.strip().toUpperCase(Locale.ROOT), membership)
                    .stream().filter(m -> m.getValidFrom().equals(from)).findFirst();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Another stored period of the same country and kind sharing a day with the period ({@code self} excepted). */
    private Optional<CountryMembership> overlapping(Period period, CountryMembership self) {
        return memberships.findByCountryCodeAndKind(period.countryCode(), period.kind()).stream()
                .filter(m -> m != self && m.overlaps(period.from(), period.until())).findFirst();
    }

    private static boolean overlap(Period a, Period b) {
        return (a.until() == null || b.from().isBefore(a.until())) && (b.until() == null || a.from().isBefore(b.until()));
    }

    private void log(String key, String before, String after, String reason, String actor) {
        changes.save(new ReferenceChange(clock.instant(), actor, SUBJECT, key, before, after, reason.strip()));
    }

    static String describe(CountryMembership m) {
        return describe(new Period(m.getCountryCode(), m.getKind(), m.getValidFrom(), m.getValidUntil(),
                m.getSource()));
    }

    /** A period as the audit log keeps it: "HR SCHENGEN 2023-01-01 → (en vigueur) : source". */
    static String describe(Period p) {
        return p.key() + " → " + (p.until() == null ? "(en vigueur)" : p.until().toString()) + " : " + p.source();
    }
}
