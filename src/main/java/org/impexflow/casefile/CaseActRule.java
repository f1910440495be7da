package org.impexflow.casefile;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a procedure tells the kernel about acts after its decisions ({@link CaseActs}, process
 * {@code case-act}): which ANSM group may propose and confirm them, the legal basis proposed by default,
 * the status of a decision in force and the status each act gives, how its timeline records them, and who
 * is mailed. A procedure declares one as a bean:
 *
 * <pre>
 * CaseActRule.of(ExportDeclaration.KIND, "la déclaration d'exportation", Groups.REVIEWERS,
 *                 "article L.5124-11 du code de la santé publique")
 *         .inForceAs(VALIDATED).statuses(WITHDRAWN, SUSPENDED, PROHIBITED)
 *         .timeline((caseId, act, status, at, actor, detail) -&gt; new DeclarationEvent(…))
 *         .recipients(caseId -&gt; List.of(declarant, importingAuthority))
 * </pre>
 *
 * A kind without a rule (the annual narcotics declaration) is not a decision in force: acts are refused.
 */
public final class CaseActRule {

    /** The procedure's timeline line for an act ({@code act} non-null) or for the end of a suspension. */
    @FunctionalInterface
    public interface Timeline {
        CaseEvent event(Long caseId, CaseAct act, String status, Instant at, String actor, String detail);
    }

    private final String kind;
    private final String title;
    private final String group;
    private final String legalBasis;
    private String inForce;
    private final Map<CaseAct, String> statuses = new EnumMap<>(CaseAct.class);
    private Timeline timeline;
    private Function<Long, List<String>> recipients = id -> List.of();

    private CaseActRule(String kind, String title, String group, String legalBasis) {
        this.kind = kind;
        this.title = title;
        this.group = group;
        this.legalBasis = legalBasis;
    }

    /**
     * @param kind       the kind of case ({@code @DiscriminatorValue} of the procedure's entity)
     * @param title      what the case is, in French with its article: "la déclaration d'exportation"
     * @param group      the ANSM group competent for acts on it
     * @param legalBasis the legal basis proposed by default
     */
    public static CaseActRule of(String kind, String title, String group, String legalBasis) {
        return new CaseActRule(kind, title, group, legalBasis);
    }

    /** The status of a decision in force (validated, granted, issued). */
    public CaseActRule inForceAs(Enum<?> status) {
        this.inForce = status.name();
        return this;
    }

    /** The status each act gives. */
    public CaseActRule statuses(Enum<?> withdrawn, Enum<?> suspended, Enum<?> prohibited) {
        statuses.put(CaseAct.WITHDRAW, withdrawn.name());
        statuses.put(CaseAct.SUSPEND, suspended.name());
        statuses.put(CaseAct.PROHIBIT, prohibited.name());
        return this;
    }

    public CaseActRule timeline(Timeline timeline) {
        this.timeline = timeline;
        return this;
    }

    /** Who is mailed the act: the holder, and whoever received the decision (case id → addresses). */
    public CaseActRule recipients(Function<Long, List<String>> recipients) {
        this.recipients = recipients;
        return this;
    }

    public String kind() {
        return kind;
    }

    String title() {
        return title;
    }

    public String group() {
        return group;
    }

    String legalBasis() {
        return legalBasis;
    }

    String inForce() {
        return inForce;
    }

    String status(CaseAct act) {
        return statuses.get(act);
    }

    Timeline timeline() {
        return timeline;
    }

    List<String> recipients(Long caseId) {
        return recipients.apply(caseId);
    }
}
