package org.impexflow.home;

import java.util.Optional;

import org.impexflow.access.CurrentUser;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Memberships;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Who is on a declarant's page: the logged-in person (401 otherwise) and their establishment (403 otherwise). */
@Component
record DeclarantPages(Establishments establishments, Memberships memberships) {

    /**
     * The declarant's page of a case of the register, by its kind; null for a kind that has none here (the
     * case is listed all the same).
     */
    static String caseHref(String kind, String number) {
        return switch (kind) {
            case org.impexflow.exportdeclaration.ExportDeclaration.KIND -> "/mes-declarations/" + number;
            case org.impexflow.importauthorisation.ImportAuthorisation.KIND ->
                    "/mes-declarations/autorisations-importation/" + number;
            case org.impexflow.narcotics.AnnualDeclaration.KIND ->
                    "/stupefiants/declarations" + (number == null ? "" : "/" + number);
            default -> null;
        };
    }

    CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    Establishment establishment() {
        return establishmentIfAny().orElseThrow(() -> new ResponseStatusException(
                HttpStatus.FORBIDDEN, "Cette page est celle des déclarants d'un établissement."));
    }

    /** The establishment the person belongs to; none while a request to join it waits for a decision. */
    Optional<Establishment> establishmentIfAny() {
        return establishments.ofUser(user().userId());
    }

    /**
     * The home of a declarant who belongs to no establishment yet: where their request to join stands
     * (or why it was refused), or what to do first. Other people get 403: the page is the declarants'.
     */
    String withoutEstablishment(Model model) {
        CurrentUser user = user();
        if (!user.isMemberOf(org.impexflow.access.Groups.DECLARANTS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Cette page est celle des déclarants d'un établissement.");
        }
        String userId = user.userId();
        memberships.latestOf(userId).ifPresent(request -> {
            model.addAttribute("request", request);
            model.addAttribute("requestedEstablishment", establishments.byId(request.getEstablishmentId())
                    .orElseThrow());
        });
        model.addAttribute("zone", java.time.ZoneId.of("Europe/Paris"));
        return "home/no-establishment";
    }
}
