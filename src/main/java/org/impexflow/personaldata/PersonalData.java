package org.impexflow.personaldata;

import static org.impexflow.personaldata.PersonalDataCorrectionProcess.Vars.*;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.impexflow.access.StartIdentity;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEvent;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseKinds;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.casefile.Markdown;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentMember;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Memberships;
import org.impexflow.registration.AccountInformation;
import org.impexflow.registration.AccountInformations;
import org.impexflow.validation.FieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application keeps about one person (GDPR right of access), read for that person only: the
 * account, the complementary information, the establishment it belongs to, the addresses it logged in from,
 * the security events about it, the cases it filed; and their request for a correction (right of
 * rectification), a task for ANSM support.
 */
@Service
@Transactional(readOnly = true)
public class PersonalData {

    /** The longest correction request. */
    static final int REQUEST_MAX = 2000;

    /** Everything about the person, as the page shows it and the JSON download holds it. */
    public record View(Instant readAt, Accounts.Holder account, Information complementaryInformation,
            Membership establishment, JoinRequest latestJoinRequest, List<Event> securityEvents,
            List<FiledCase> filedCases) {
    }

    /** The person's latest request to join an establishment (who decided is left out: another person). */
    public record JoinRequest(String establishment, String status, Instant requestedAt, Instant decidedAt,
            String reason) {
    }

    public record Information(String lastName, String firstName, String phone, String quality, Instant validatedAt) {
    }

    public record Membership(String name, String siret, String type, String address, String addressComplement,
            String postalCode, String city, String country, String role, Instant joinedAt) {
    }

    /**
     * A security event about the person. Who acted and from where are shown when it was the person, no one
     * logged in, or the system; when another person acted (ANSM support, a manager of the establishment),
     * their identity and address are theirs, not the person's: {@code byAnotherPerson} says so.
     */
    public record Event(Instant occurredAt, String kind, String label, String actor, String source,
            boolean byAnotherPerson, String detail) {
    }

    public record FiledCase(String number, String kind, String status, Instant filedAt, Instant decidedAt) {
    }

    private final Accounts accounts;
    private final AccountInformations informations;
    private final Establishments establishments;
    private final Memberships memberships;
    private final SecurityEvents events;
    private final CaseRegister cases;
    private final CaseKinds kinds;
    private final MessageSource messages;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CommandExecutor commands;
    private final Clock clock;

    PersonalData(Accounts accounts, AccountInformations informations, Establishments establishments,
            Memberships memberships, SecurityEvents events, CaseRegister cases, CaseKinds kinds, MessageSource messages, RuntimeService runtime,
            IdentityService identity, ProcessEngineConfigurationImpl engineConfiguration, Clock clock) {
        this.accounts = accounts;
        this.informations = informations;
        this.establishments = establishments;
        this.memberships = memberships;
        this.events = events;
        this.cases = cases;
        this.kinds = kinds;
        this.messages = messages;
        this.runtime = runtime;
        this.identity = identity;
        this.commands = engineConfiguration.getCommandExecutorTxRequired();
        this.clock = clock;
    }

    /** The person's data, labels in their language; nothing of anyone else. */
    public Optional<View> of(String userId, Locale language) {
        return accounts.holder(userId).map(account -> new View(clock.instant(), account,
                informations.of(userId).map(PersonalData::information).orElse(null),
                membership(userId, language), joinRequest(userId), events(userId, language),
                filedCases(userId, language)));
    }

    private JoinRequest joinRequest(String userId) {
        return memberships.latestOf(userId).map(r -> new JoinRequest(establishments.byId(r.getEstablishmentId())
                .map(Establishment::getName).orElse(null), r.getStatus().name(), r.getRequestedAt(), r.getDecidedAt(),
                r.getReason())).orElse(null);
    }

    private static Information information(AccountInformation info) {
        return new Information(info.getLastName(), info.getFirstName(), info.getPhone(), info.getQuality().label(),
                info.getValidatedAt());
    }

    private Membership membership(String userId, Locale language) {
        Optional<EstablishmentMember> member = establishments.membership(userId);
        Optional<Establishment> establishment = member.flatMap(m -> establishments.byId(m.getEstablishmentId()));
        if (member.isEmpty() || establishment.isEmpty()) {
            return null;
        }
        Establishment e = establishment.get();
        return new Membership(e.getName(), e.getSiret(), e.getType().name(), e.getAddress(), e.getAddressComplement(),
                e.getPostalCode(), e.getCity(), e.getCountryCode(), member.get().getRole().name(),
                member.get().getJoinedAt());
    }

    private List<Event> events(String userId, Locale language) {
        return events.about(userId).stream().map(e -> event(userId, e, language)).toList();
    }

    private Event event(String userId, SecurityEvent e, Locale language) {
        String actor = e.getActor();
        boolean another = actor != null && !actor.equals(userId) && !SecurityEvents.ANONYMOUS.equals(actor)
                && !SecurityEvents.SYSTEM_SOURCE.equals(actor);
        return new Event(e.getOccurredAt(), e.getKind().name(), label(e.getKind(), language), another ? null : actor,
                another ? null : e.getSource(), another, e.getDetail());
    }

    private String label(SecurityEventKind kind, Locale language) {
        return messages.getMessage("securityEvent." + kind.name(), null, kind.name(), language);
    }

    private List<FiledCase> filedCases(String userId, Locale language) {
        return cases.filedBy(userId).stream().map(c -> new FiledCase(c.getNumber(), c.getKind(),
                kinds.statusLabel(c.getKind(), c.getStatusCode(), language), c.getFiledAt(), c.getDecidedAt()))
                .toList();
    }

    /**
     * Asks ANSM support to correct something: the request is checked (the field at fault is named), then a
     * task for support starts, as the person (who asks is set from the authentication), and the security
     * log keeps it.
     */
    @Transactional
    public String askCorrection(String userId, List<String> groups, String request) {
        FieldErrors errors = new FieldErrors();
        String text = errors.text(REQUEST, request, true, REQUEST_MAX,
                "obligatoire : ce qui est à corriger, et la bonne valeur");
        errors.throwIfAny("La demande de rectification n'est pas transmise.");
        String name = accounts.displayName(userId);
        String requestedAt = CaseDates.day(clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(REQUESTER_NAME, name);
        variables.put(REQUESTED_AT, requestedAt);
        variables.put(REQUEST, text);
        StringBuilder summary = new StringBuilder();
        Markdown.item(summary, "Demandeur", name + " (" + userId + ")");
        Markdown.item(summary, "Demandé le", requestedAt);
        Markdown.item(summary, "Rectification demandée", text);
        variables.put(SUMMARY, summary.toString());
        String id = StartIdentity.asPerson(commands, identity, userId, groups, () -> runtime
                .startProcessInstanceByKey(PersonalDataCorrectionProcess.KEY,
                        PersonalDataCorrectionProcess.businessKey(userId), variables).getId());
        events.record(SecurityEventKind.PERSONAL_DATA_CORRECTION_REQUESTED, userId, userId, text);
        return id;
    }

    /**
     * The language of the person's mails and documents, chosen on their page (a POST with its CSRF token):
     * French or English, anything else French.
     */
    @Transactional
    public Locale chooseLanguage(String userId, String language) {
        Locale chosen = org.impexflow.reference.Languages.of(language);
        accounts.setLanguage(userId, chosen);
        return chosen;
    }

    /** How many of the person's correction requests wait for support. */
    public long pendingCorrections(String userId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PersonalDataCorrectionProcess.KEY)
                .processInstanceBusinessKey(PersonalDataCorrectionProcess.businessKey(userId)).count();
    }
}
