package org.impexflow.home;

import org.impexflow.access.CurrentUser;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who is on a declarant's page: the logged-in person (401 otherwise) and their establishment (403 otherwise). */
@Component
class DeclarantPages {

    private final Establishments establishments;

    DeclarantPages(Establishments establishments) {
        this.establishments = establishments;
    }

    CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    Establishment establishment() {
        return establishments.ofUser(user().userId()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.FORBIDDEN, "Cette page est celle des déclarants d'un établissement."));
    }
}
