package org.impexflow.access;

import java.util.List;

/**
 * Who starts a process (in Tasklist or through the REST API), who reads all its cases, and who works on
 * its tasks (they read the definition, to open the forms); each process module declares its own.
 * Establishments read only their own cases (granted per case).
 */
public record ProcessAccess(String processKey, List<String> starterGroups, List<String> readerGroups,
        List<String> taskGroups) {

    /** A process that establishments file themselves and ANSM reviews. */
    public static ProcessAccess filedByEstablishments(String processKey) {
        return new ProcessAccess(processKey, List.of(Groups.DECLARANTS, Groups.API_CLIENTS),
                List.of(Groups.REVIEWERS, Groups.SUPPORT), List.of());
    }

    /** A process that ANSM support starts and alone reads. */
    public static ProcessAccess runBySupport(String processKey) {
        return new ProcessAccess(processKey, List.of(Groups.SUPPORT), List.of(Groups.SUPPORT), List.of());
    }

    /**
     * A process started by the system (e.g. a public page), read by ANSM support, whose tasks (and
     * their forms) go to the members of {@code taskGroups}.
     */
    public static ProcessAccess startedBySystem(String processKey, String... taskGroups) {
        return new ProcessAccess(processKey, List.of(), List.of(Groups.SUPPORT), List.of(taskGroups));
    }
}
