package org.impexflow.exportdeclaration;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.TypedCaseEvent;

/** One dated line of a declaration's history (a status, a mail, a transmission): a line of {@code case_event}. */
@Entity
@DiscriminatorValue(ExportDeclaration.KIND)
public class DeclarationEvent extends TypedCaseEvent<DeclarationEventKind, DeclarationStatus> {
}
