package org.impexflow.access;

/**
 * Declares a process that establishments' accounts start themselves (in Tasklist or through the
 * REST API); ANSM's reviewers and support read all its cases. Each process module declares its own.
 */
public record StartableByEstablishments(String processKey) {
}
