package org.impexflow.importauthorisation;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.TypedCaseEvent;

/** One dated line of an import authorisation's history: a line of {@code case_event}. */
@Entity
@DiscriminatorValue(ImportAuthorisation.KIND)
public class AuthorisationEvent extends TypedCaseEvent<AuthorisationEventKind, AuthorisationStatus> {
}
