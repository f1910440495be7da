package org.impexflow.support;

import java.util.List;
import java.util.UUID;

import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;

/** Accounts made by a test for itself, with a known password and TOTP secret. */
public final class TestAccounts {

    public static final String PASSWORD = "Tq9!vB4#xL7m";
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private TestAccounts() {
    }

    public static String person(Accounts accounts, String prefix, String group) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.create(email, "Prénom", "Nom", accounts.hash(PASSWORD), false, List.of(group));
        accounts.enrolKnownSecret(email, SECRET);
        return email;
    }

    /** A declarant of an establishment. */
    public static String declarant(Accounts accounts, Establishments establishments, Establishment establishment) {
        String email = person(accounts, "declarant", "declarants");
        establishments.addMember(email, establishment);
        return email;
    }

    /** A browser-like session of a new person of the group, logged in on the application at {@code port}. */
    public static WebSession loggedIn(int port, Accounts accounts, String prefix, String group) {
        return loggedIn(port, person(accounts, prefix, group));
    }

    /**
     * A browser-like session of an account made by {@link #person}, logged in on the application at {@code port}
     * (the login must end as a successful one does, with a redirection).
     */
    public static WebSession loggedIn(int port, String user) {
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        WebSession.Page last = session.logIn(user, PASSWORD, SECRET);
        if (last.status() != 302) {
            throw new IllegalStateException("login of " + user + " ended with " + last.status());
        }
        return session;
    }

    /** A person whose TOTP app is not enrolled yet. */
    public static String notEnrolled(Accounts accounts, String group) {
        String email = "new." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.create(email, "Prénom", "Nom", accounts.hash(PASSWORD), false, List.of(group));
        return email;
    }
}
