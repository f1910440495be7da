package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.impexflow.access.Groups;
import org.impexflow.casefile.Markdown;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Memberships;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * Records the complementary information and settles which establishment the account belongs to (issue
 * 16, point 1): a new establishment is created with the account as its manager; an existing one is only
 * asked to accept the account (its managers or ANSM support decide; nothing of it is visible before), except
 * the contact invited when ANSM support registered it from a mailed declaration, who founds it;
 * when ANSM support changes the information, the account moves at once. Used by the account's first
 * validation and by support when it changes the information.
 */
@Component("recordAccountInformationDelegate")
record RecordAccountInformationDelegate(
        AccountInformationChecks checks,
        Establishments establishments,
        Memberships memberships,
        AccountInformationRepository informations,
        SecurityEvents events) implements JavaDelegate {

    /**
     * Who validated: the person, or the support agent who changed it; anyone else is refused, naming the
     * field (the account is never the one a form sent: {@code CompletionVariables} keeps the read-only e-mail).
     */
    private static String changedBy(String userId) {
        org.camunda.bpm.engine.impl.identity.Authentication current = Context.getCommandContext().getAuthentication();
        if (current == null || current.getUserId() == null || current.getUserId().equalsIgnoreCase(userId)) {
            return userId;
        }
        List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        if (!groups.contains(Groups.SUPPORT) && !groups.contains(Groups.ADMINISTRATORS)) {
            FieldErrors refused = new FieldErrors();
            refused.add(EMAIL, "ces informations sont celles d'un autre compte : seul son titulaire ou le support "
                    + "de l'ANSM les enregistre");
            refused.throwIfAny("Informations non enregistrées.");
        }
        return current.getUserId();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(EMAIL);
        AccountInformationChecks.Checked info = checks.check(execution, userId);
        String by = changedBy(userId);
        Context.getCommandContext().runWithoutAuthorization(() -> {
            Optional<Establishment> existing = info.siret() != null ? establishments.bySiret(info.siret())
                    : establishments.abroad(info.companyName(), info.country());
            Establishment establishment = existing.orElseGet(() -> establishments.create(new Establishment(
                    info.siret(), info.companyName(), info.type(), info.address(), info.postalCode(), info.city(),
                    info.country()).withAddressComplement(info.addressComplement())));
            if (!by.equals(userId)) {
                // ANSM support corrects the information: its decision, no request
                memberships.placedBySupport(userId, establishment, by);
            } else if (existing.isEmpty() || invitedFounder(userId, establishment)) {
                memberships.founder(userId, establishment, by);
            } else if (establishments.ofUser(userId).filter(e -> e.getId().equals(establishment.getId())).isEmpty()) {
                memberships.request(new Memberships.Requester(userId, info.firstName() + " " + info.lastName(),
                        info.quality().label(), info.phone()), establishment, summary(userId, info, establishment));
            }
            informations.save(new AccountInformation(userId, info.lastName(), info.firstName(), info.phone(),
                    info.quality(), establishment.getId(), Instant.now(), by));
            events.record(SecurityEventKind.ACCOUNT_INFORMATION_CHANGED, by, userId,
                    (by.equals(userId) ? "par le titulaire" : "par le support") + " ; établissement "
                            + establishment.getName() + (info.siret() != null ? " (SIRET " + info.siret() + ")"
                                    : " (" + info.companyName() + ", " + info.country() + ")")
                            + ", qualité : " + info.quality().label());
            return null;
        });
    }

    /**
     * The contact ANSM support invited when it registered the establishment from a declaration received by
     * e-mail: with the address invited, the first account of the establishment becomes its manager.
     */
    private boolean invitedFounder(String userId, Establishment establishment) {
        return userId.equalsIgnoreCase(establishment.getInvitedContactEmail())
                && establishments.members(establishment.getId()).isEmpty();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Two texts that differ beyond case, accents aside, and spacing. */
    private static boolean differs(String typed, String registered) {
        return typed != null && !normalised(typed).equals(normalised(registered));
    }

    private static String normalised(String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Who asks, for the decision form: user text escaped. */
    private static String summary(String userId, AccountInformationChecks.Checked info, Establishment establishment) {
        StringBuilder md = new StringBuilder();
        Markdown.item(md, "Établissement", establishment.getName()
                + (establishment.getSiret() == null ? " (" + establishment.getCountryCode() + ")"
                        : " (SIRET " + establishment.getSiret() + ")"));
        // what the requester typed of the establishment, where it is not what is registered under that SIRET
        if (differs(info.companyName(), establishment.getName())) {
            Markdown.item(md, "Raison sociale saisie par le demandeur", info.companyName());
        }
        String typedAddress = String.join(" ", nonNull(info.address()), nonNull(info.postalCode()), nonNull(info.city()));
        String registeredAddress = String.join(" ", nonNull(establishment.getAddress()),
                nonNull(establishment.getPostalCode()), nonNull(establishment.getCity()));
        if (!typedAddress.isBlank() && differs(typedAddress, registeredAddress)) {
            Markdown.item(md, "Adresse saisie par le demandeur", typedAddress.strip());
        }
        Markdown.item(md, "Demandeur", info.firstName() + " " + info.lastName());
        Markdown.item(md, "Adresse e-mail (compte)", userId);
        Markdown.item(md, "Qualité", info.quality().label());
        Markdown.item(md, "Téléphone", info.phone());
        return md.toString();
    }
}
