package org.impexflow.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.impexflow.reference.Countries;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerifiableDocument.State;
import org.impexflow.verification.VerificationSubject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public verification page's answer for every kind of case, read from the register: the number, the
 * date of the decision, the state (in force, replaced, ended in its status, past its last day, or as an act
 * after the decision left it) and the version that replaced it; the procedure adds only its own lines
 * ({@link VerificationLines}). A code is issued for a case under its kind ({@code verification_code.subject_type}).
 */
@Service
@Transactional(readOnly = true)
public class CaseVerification implements VerificationSubject {

    /** Statuses that end a decision under the name of a state of the page (an import authorisation used up). */
    private static final Set<String> ENDING_STATUSES = Set.of(State.PROHIBITED.name(), State.USED_UP.name(),
            State.EXPIRED.name());

    private final CaseRegister register;
    private final Map<String, VerificationLines<?>> lines;
    private final Countries countries;

    CaseVerification(CaseRegister register, List<VerificationLines<?>> lines, Countries countries) {
        this.register = register;
        this.lines = lines.stream().collect(Collectors.toMap(VerificationLines::kind, Function.identity()));
        this.countries = countries;
    }

    /** The kinds of case whose documents the page answers for. */
    public Set<String> kinds() {
        return lines.keySet();
    }

    @Override
    public Optional<VerifiableDocument> describe(String kind, long caseId) {
        VerificationLines<?> shown = lines.get(kind);
        if (shown == null) {
            return Optional.empty();
        }
        return register.find(caseId).filter(shown::describes).map(c -> document(c, shown.of(c)));
    }

    private VerifiableDocument document(CaseFile c, VerificationLines.Lines own) {
        LocalDate today = LocalDate.now(CaseNumbering.PARIS);
        VerifiableDocument document = new VerifiableDocument(new VerifiableDocument.Said(own.title(),
                countries.frenchName(own.country())), new VerifiableDocument.Said(own.englishTitle(),
                countries.name(own.country(), java.util.Locale.ENGLISH)), c.getNumber(), own.medicine(),
                own.countryLabel(), day(c.getDecidedAt()), own.validUntil(), state(c, own.validUntil(), today),
                c.getReplacedBy() == null ? null : CaseChain.versionInForce(c).map(CaseFile::getNumber).orElse(null),
                null);
        if (c.getAct().isEmpty()) {
            return document;
        }
        return switch (c.getAct().get()) {
            case WITHDRAW -> document.in(State.WITHDRAWN, day(c.getActAt()));
            case SUSPEND -> document.in(State.SUSPENDED, c.getActUntil());
            case PROHIBIT -> document.in(State.PROHIBITED, day(c.getActAt()));
        };
    }

    /** The state the register gives a decision, before any act after it. */
    static State state(CaseFile c, LocalDate validUntil, LocalDate today) {
        if (c.getReplacedBy() != null) {
            return State.REPLACED;
        }
        if (c.isInForce()) {
            return validUntil != null && validUntil.isBefore(today) ? State.EXPIRED : State.IN_FORCE;
        }
        return ENDING_STATUSES.contains(c.getStatusCode()) ? State.valueOf(c.getStatusCode()) : State.NOT_IN_FORCE;
    }

    private static LocalDate day(java.time.Instant at) {
        return at == null ? null : at.atZone(CaseNumbering.PARIS).toLocalDate();
    }
}
