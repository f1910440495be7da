package org.impexflow.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Misuses of the engine's API that the engine answers with a 500 and its own English words, answered as
 * refusals naming the field: a start asking to skip the listeners or the input/output mappings without
 * instructions to start elsewhere ("ENGINE-13024 Cannot skip custom listeners…"; the instructions are refused
 * anyway, a case starts at the beginning of its process).
 */
final class EngineMisuse {

    static final String REFUSED = "Requête refusée, rien n'a été enregistré.";

    private EngineMisuse() {
    }

    static Optional<InvalidInputException> of(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("ENGINE-13024")) {
                return Optional.of(new InvalidInputException(REFUSED, List.of(new FieldError("skipCustomListeners",
                        "skipCustomListeners et skipIoMappings ne s'emploient qu'avec des instructions de démarrage, "
                                + "qui sont refusées : un dossier commence au début de son processus, retirez-les"))));
            }
        }
        return Optional.empty();
    }
}
