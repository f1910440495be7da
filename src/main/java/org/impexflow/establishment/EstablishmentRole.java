package org.impexflow.establishment;

import org.impexflow.reference.Labelled;

/**
 * What an account may do for its establishment: a manager also decides who joins and removes members
 * ({@code establishmentRole.<NAME>} in messages*.properties).
 */
public enum EstablishmentRole implements Labelled {
    MEMBER,
    MANAGER;

    @Override
    public String labelPrefix() {
        return "establishmentRole";
    }
}
