package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Invariant 1 of the register, for any kind of case: one version in force per chain. */
class CaseChainTests {

    private enum Status { FILED, VALIDATED }

    private static final class Version extends CaseFile {
        Version(String number) {
            super(number, null, 1L, "declarant@labo.fr", Status.FILED, Instant.now(), null, null);
        }

        Version inForce() {
            decide(Status.VALIDATED, Instant.now(), "reviewer", "ok", null, true);
            return this;
        }

        Version amending(CaseFile earlier) {
            getAmendedCases().add(earlier);
            return this;
        }
    }

    @Test
    void aChainHasOneVersionInForceAndOnlyItMayBeAmended() {
        Version first = new Version("2026-01-0001").inForce();
        Version second = new Version("2026-02-0001").amending(first);
        CaseChain.replaceAmended(second, "amendedDeclarationNumbers");
        second.inForce();
        Version third = new Version("2026-03-0001").amending(second);
        CaseChain.replaceAmended(third, "amendedDeclarationNumbers");
        third.inForce();

        assertThat(CaseChain.versionInForce(first)).containsSame(third);
        assertThat(CaseChain.versionInForce(second)).containsSame(third);
        assertThat(first.isInForce()).isFalse();
        assertThat(second.isInForce()).isFalse();
        assertThat(CaseChain.whyNotAmendable(third)).isEmpty();
        assertThat(CaseChain.whyNotAmendable(first)).hasValueSatisfying(why -> assertThat(why)
                .contains("2026-01-0001 a été remplacée", "la version en vigueur est 2026-03-0001, c'est elle qu'il "
                        + "faut nommer"));
        assertThat(CaseChain.whyNotAmendable(new Version("2026-04-0001"))).hasValueSatisfying(why -> assertThat(why)
                .contains("n'est pas en vigueur"));
    }

    @Test
    void ofTwoAmendmentsOfOneVersionTheSecondValidatedIsRefusedAndChangesNothing() {
        Version original = new Version("2026-01-0002").inForce();
        Version one = new Version("2026-02-0002").amending(original);
        Version other = new Version("2026-02-0003").amending(original);

        CaseChain.replaceAmended(one, "amendedDeclarationNumbers");
        one.inForce();
        assertThatThrownBy(() -> CaseChain.replaceAmended(other, "amendedDeclarationNumbers"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.getMessage()).contains("2026-02-0003 ne peut pas être mise en vigueur",
                            "la version en vigueur est 2026-02-0002").as("said to the reviewer, not the declarant")
                            .doesNotContain("qu'il faut nommer");
                    assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("amendedDeclarationNumbers");
                });

        assertThat(original.getReplacedBy()).isSameAs(one);
        assertThat(CaseChain.versionInForce(original)).containsSame(one);
        assertThat(other.isInForce()).isFalse();
    }
}
