package org.impexflow.narcotics;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.TypedCaseEvent;

/** One dated line of an annual declaration's history: a line of {@code case_event}. */
@Entity
@DiscriminatorValue(AnnualDeclaration.KIND)
public class AnnualDeclarationEvent extends TypedCaseEvent<AnnualDeclarationEventKind, AnnualDeclarationStatus> {
}
