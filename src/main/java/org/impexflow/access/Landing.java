package org.impexflow.access;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where a person's work is, declared by the module that knows it (as {@link TasklistFilter}s are):
 * {@code where} answers for the person, or not at all; the lowest {@code order} that answers wins
 * ({@link Landings}).
 */
public record Landing(int order, Function<CurrentUser, Optional<String>> where) {

    /** Tasklist, with the start dialog open on one process's form. */
    public static String tasklistStart(String processKey) {
        return Landings.TASKLIST + "#/?processStart=" + processKey;
    }

    /** Tasklist, opened on one task. */
    public static String tasklistTask(String taskId) {
        return Landings.TASKLIST + "#/?task=" + taskId;
    }
}
