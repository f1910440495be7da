package org.impexflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.Mailer;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.impexflow.casefile.CaseActProcess.Vars.ACT;
import static org.impexflow.casefile.CaseActProcess.Vars.CASE_NUMBER;
import static org.impexflow.casefile.CaseActProcess.Vars.LEGAL_BASIS;
import static org.impexflow.casefile.CaseActProcess.Vars.REASONS;
import static org.impexflow.casefile.CaseActProcess.Vars.SUSPENDED_UNTIL;

/**
 * Acts after a decision (issue 18, invariant 2), for every kind of case: the competent ANSM group withdraws,
 * suspends until a day, or prohibits a decision in force; a second reviewer confirms. The case takes the
 * act's status in the register, its timeline keeps who, when, why and on which legal basis, the holder and
 * whoever received the decision are mailed once each, and the verification page shows the new state. Each
 * procedure contributes its {@link CaseActRule}; process {@code case-act} ({@link CaseActProcess}) runs it.
 */
@Service
@Transactional
public class CaseActs {

    static final String REFUSED = "Acte refusé, rien n'a été enregistré.";
    private static final int MAX_TEXT = 4000;
    /** The legal basis as the case and its timeline keep it ({@code legal_basis}). */
    private static final int MAX_LEGAL_BASIS = 300;

    private final EntityManager entities;
    private final Map<String, CaseActRule> rules;
    private final Map<String, String> notDecisions;
    private final Mailer mailer;
    private final MailTemplates templates;

    CaseActs(EntityManager entities, List<CaseActRule> rules, List<NotADecision> notDecisions, Mailer mailer,
            MailTemplates templates) {
        this.entities = entities;
        this.rules = rules.stream().collect(Collectors.toMap(CaseActRule::kind, Function.identity()));
        this.notDecisions = notDecisions.stream().collect(Collectors.toMap(NotADecision::kind, NotADecision::why));
        this.mailer = mailer;
        this.templates = templates;
    }

    /**
     * A kind of case that is not a decision ANSM could withdraw, suspend or prohibit, and why (the
     * procedure that owns it says so, e.g. the annual narcotics declaration).
     */
    public record NotADecision(String kind, String why) {
    }

    /** An act proposed and checked: the case, its kind's rule, the act and its last day if a suspension. */
    public record Proposal(long caseId, String number, CaseActRule rule, CaseAct act, LocalDate until) {

        public String title() {
            return rule.title() + " " + number;
        }
    }

    /** The groups that may propose and confirm acts on some kind of case. */
    public List<String> groups() {
        return rules.values().stream().map(CaseActRule::group).distinct().sorted().toList();
    }

    /**
     * Checks a proposal as the proposer made it: the case exists, is a decision in force, the proposer is
     * in the group competent for its kind, the act is known, reasons and legal basis are given, a
     * suspension ends today or later. Refused naming each field, nothing stored.
     */
    @Transactional(readOnly = true)
    public Proposal check(String designation, Object act, Object reasons, Object legalBasis, Object until,
            String proposer, Collection<String> proposerGroups) {
        FieldErrors errors = new FieldErrors();
        Optional<CaseFile> found = find(designation);
        if (designation == null || designation.isBlank()) {
            errors.add(CASE_NUMBER, "obligatoire : le numéro du dossier (par exemple 2026-11-0042 ou AI-2026-11-0007)");
        } else if (found.isEmpty()) {
            errors.add(CASE_NUMBER, "aucun dossier ne porte le numéro « " + designation.strip() + " »");
        }
        CaseActRule rule = found.map(c -> rules.get(c.getKind())).orElse(null);
        if (found.isPresent() && rule == null) {
            errors.add(CASE_NUMBER, notDecisions.getOrDefault(found.get().getKind(),
                    "ce dossier n'est pas une décision qui peut être retirée, suspendue ou interdite"));
        }
        if (rule != null && (proposerGroups == null || !proposerGroups.contains(rule.group()))) {
            errors.add(CASE_NUMBER, "seul le groupe « " + rule.group() + " » de l'ANSM peut retirer, suspendre ou "
                    + "interdire " + rule.title() + " " + found.get().getNumber() + " ; " + proposer
                    + " n'en fait pas partie");
        }
        if (rule != null && !errors.has(CASE_NUMBER)) {
            whyNotInForce(found.get(), rule).ifPresent(why -> errors.add(CASE_NUMBER, why));
        }
        CaseAct kind = act(act);
        if (kind == null) {
            errors.add(ACT, "obligatoire : retrait (WITHDRAW), suspension (SUSPEND) ou interdiction (PROHIBIT)");
        }
        errors.text(REASONS, reasons, true, MAX_TEXT, "obligatoire : les motifs sont communiqués au titulaire");
        errors.text(LEGAL_BASIS, legalBasis, true, MAX_LEGAL_BASIS, "obligatoire : la base légale de l'acte"
                + (rule == null ? "" : ", par exemple « " + rule.legalBasis() + " » pour " + rule.title()));
        LocalDate last = kind == CaseAct.SUSPEND ? lastDay(errors, until) : null;
        errors.throwIfAny(REFUSED);
        return new Proposal(found.get().getId(), found.get().getNumber(), rule, kind, last);
    }

    /** A proposal checked at the start of its process, as its variables hold it. */
    @Transactional(readOnly = true)
    public Proposal proposal(long caseId, String act, LocalDate until) {
        CaseFile found = entities.find(CaseFile.class, caseId);
        return new Proposal(caseId, found.getNumber(), rules.get(found.getKind()), CaseAct.valueOf(act), until);
    }

    /** The legal basis proposed by default for a case, if acts apply to its kind. */
    @Transactional(readOnly = true)
    public Optional<String> defaultLegalBasis(String designation) {
        return find(designation).map(c -> rules.get(c.getKind())).map(CaseActRule::legalBasis);
    }

    /**
     * Applies a confirmed act: the case takes the act's status (no longer in force), its timeline says who
     * proposed and who confirmed it, when, why and on which legal basis. A case that left force since the
     * proposal is refused, naming the case.
     */
    public void apply(Proposal proposal, String reasons, String legalBasis, String proposedBy, String confirmedBy) {
        CaseFile found = entities.find(CaseFile.class, proposal.caseId());
        FieldErrors errors = new FieldErrors();
        whyNotInForce(found, proposal.rule()).ifPresent(why -> errors.add(CASE_NUMBER, why));
        errors.throwIfAny(REFUSED);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String status = proposal.rule().status(proposal.act());
        found.act(proposal.act(), status, now, proposal.until());
        String detail = capitalised(proposal.act().label(Locale.FRENCH))
                + (proposal.until() == null ? "" : " jusqu'au " + CaseDates.day(proposal.until()) + " inclus")
                + " : proposition de " + proposedBy + ", confirmation de " + confirmedBy + ". Motifs : " + reasons.strip();
        entities.persist(proposal.rule().timeline().event(found.getId(), proposal.act(), status, now, confirmedBy, detail)
                .withLegalBasis(legalBasis.strip()));
    }

    /**
     * The suspension has reached its end: the case is back in force in its earlier status, and its timeline
     * says so. A case no longer suspended (withdrawn or prohibited meanwhile) stays as it is.
     */
    public void endSuspension(long caseId) {
        CaseFile found = entities.find(CaseFile.class, caseId);
        if (found.getAct().orElse(null) != CaseAct.SUSPEND) {
            return;
        }
        CaseActRule rule = rules.get(found.getKind());
        LocalDate last = found.getActUntil();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        found.endSuspension(now, rule.status(CaseAct.SUSPEND));
        if (found.isInForce()) {
            entities.persist(rule.timeline().event(found.getId(), null, found.getStatusCode(), now, CaseActor.SYSTEM,
                    "Fin de la suspension (jusqu'au " + CaseDates.day(last) + " inclus) : de nouveau en vigueur"));
        }
    }

    /**
     * Mails the act to each recipient the procedure names, once each: the key names the case, the act, the
     * process that carried it and the address, so that a step run again sends nothing.
     */
    public void notify(long caseId, String processInstanceId, String reasons, String legalBasis) {
        CaseFile found = entities.find(CaseFile.class, caseId);
        CaseActRule rule = rules.get(found.getKind());
        CaseAct act = found.getAct().orElseThrow(() -> new IllegalStateException(
                "no act applies to " + found.getNumber() + " any more: nothing to notify"));
        for (String address : rule.recipients(caseId)) {
            Locale language = templates.languageOf(address);
            Map<String, Object> model = new HashMap<>();
            model.put("title", rule.title());
            model.put("number", found.getNumber());
            model.put("act", act.label(language));
            model.put("status", act.status(language));
            model.put("actAt", CaseDates.day(found.getActAt()));
            model.put("until", found.getActUntil() == null ? "" : CaseDates.day(found.getActUntil()));
            model.put("reasons", reasons);
            model.put("legalBasis", legalBasis);
            mailer.sendOnce("CASE-ACT:" + found.getNumber() + ":" + act + ":" + processInstanceId + ":" + address,
                    templates.mail(address, "case-act", language, model));
        }
    }

    /**
     * The Tasklist filter of the acts a group has to confirm (declared by the module whose group it is: one
     * per group, whatever the number of kinds it acts on). Filters are known by their name: one per group.
     */
    public static org.impexflow.access.TasklistFilter confirmations(String name, String group) {
        return new org.impexflow.access.TasklistFilter(name, group, -15,
                "Retraits, suspensions et interdictions proposés par un autre membre du groupe, à confirmer ou refuser",
                List.of(org.impexflow.access.TasklistFilter.column(CaseActProcess.Vars.CASE_NUMBER, "N° du dossier"),
                        org.impexflow.access.TasklistFilter.column(CaseActProcess.Vars.PROPOSED_BY, "Proposé par")),
                tasks -> tasks.createTaskQuery().processDefinitionKey(CaseActProcess.KEY)
                        .taskDefinitionKey(CaseActProcess.Elements.CONFIRM).taskCandidateGroup(group)
                        .includeAssignedTasks().orderByTaskCreateTime().asc());
    }

    /** When a suspension ending on {@code last} (inclusive) ends: the next day at midnight, Paris time. */
    public static Date suspensionEnds(LocalDate last) {
        return Date.from(last.plusDays(1).atStartOfDay(CaseNumbering.PARIS).toInstant());
    }

    private Optional<CaseFile> find(String designation) {
        if (designation == null || designation.isBlank()) {
            return Optional.empty();
        }
        String typed = designation.strip();
        List<CaseFile> byNumber = entities.createQuery("select c from CaseFile c where c.number = :number",
                CaseFile.class).setParameter("number", typed).getResultList();
        if (!byNumber.isEmpty()) {
            return Optional.of(byNumber.get(0));
        }
        // a case without a number (an annual declaration) is named by its id in the register
        return typed.matches("\\d{1,18}") ? Optional.ofNullable(entities.find(CaseFile.class, Long.valueOf(typed)))
                : Optional.empty();
    }

    private static Optional<String> whyNotInForce(CaseFile c, CaseActRule rule) {
        String name = rule.title() + " " + c.getNumber();
        if (c.getAct().isPresent()) {
            return Optional.of(name + " est déjà " + c.getAct().get().status(Locale.FRENCH).toLowerCase(Locale.FRENCH)
                    + " depuis le " + CaseDates.day(c.getActAt()) + " : seule une décision en vigueur peut faire "
                    + "l'objet d'un acte");
        }
        if (c.getReplacedBy() != null) {
            return Optional.of(name + " a été remplacée par " + c.getReplacedBy().getNumber()
                    + " : seule la version en vigueur peut faire l'objet d'un acte");
        }
        if (!c.isInForce() || !rule.inForce().equals(c.getStatusCode())) {
            return Optional.of(name + " n'est pas une décision en vigueur (pas encore décidée, refusée, ou plus en "
                    + "vigueur) : seule une décision en vigueur peut être retirée, suspendue ou interdite");
        }
        return Optional.empty();
    }

    private static CaseAct act(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return CaseAct.valueOf(value.toString().strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate lastDay(FieldErrors errors, Object until) {
        LocalDate last = null;
        if (until instanceof Date date) {
            last = date.toInstant().atZone(CaseNumbering.PARIS).toLocalDate();
        } else if (until != null && !until.toString().isBlank()) {
            try {
                last = LocalDate.parse(until.toString().strip());
            } catch (DateTimeParseException e) {
                errors.add(SUSPENDED_UNTIL, "une date (AAAA-MM-JJ), pas « " + until + " »");
                return null;
            }
        }
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(CaseNumbering.PARIS).toLocalDate();
        if (last == null) {
            errors.add(SUSPENDED_UNTIL, "obligatoire pour une suspension : le dernier jour de la suspension");
        } else if (last.isBefore(today)) {
            errors.add(SUSPENDED_UNTIL, "le " + CaseDates.day(last) + " est passé : une suspension finit aujourd'hui "
                    + "ou plus tard");
        }
        return last;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
