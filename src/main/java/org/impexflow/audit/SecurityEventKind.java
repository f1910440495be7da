package org.impexflow.audit;

import java.util.Locale;

/** What happened to an account or an establishment; the French label is the one the log page shows. */
public enum SecurityEventKind {
    LOGIN_FAILED("Échec de connexion (mot de passe)", "Failed login (password)"),
    SECOND_FACTOR_FAILED("Code d'authentification erroné", "Wrong authentication code"),
    LOGIN_SLOWED("Connexions ralenties après des échecs", "Logins slowed down after failures"),
    ACCOUNT_LOCKED("Compte verrouillé", "Account locked"),
    ACCOUNT_UNLOCKED("Compte déverrouillé", "Account unlocked"),
    PASSWORD_RESET_REQUESTED("Réinitialisation du mot de passe demandée", "Password reset requested"),
    PASSWORD_RESET("Mot de passe réinitialisé", "Password reset"),
    SECOND_FACTOR_RESET("Application d'authentification retirée", "Authenticator app removed"),
    ACCOUNT_DEACTIVATED("Compte désactivé", "Account deactivated"),
    MEMBERSHIP_REQUESTED("Demande de rattachement à un établissement", "Request to join an establishment"),
    MEMBERSHIP_APPROVED("Rattachement accepté", "Joining accepted"),
    MEMBERSHIP_REFUSED("Rattachement refusé", "Joining refused"),
    MEMBER_ADDED("Compte rattaché à l'établissement", "Account added to the establishment"),
    MEMBER_REMOVED("Compte retiré de l'établissement", "Account removed from the establishment"),
    MANAGER_NAMED("Gestionnaire de l'établissement nommé", "Establishment manager named"),
    MANAGER_REVOKED("Gestionnaire de l'établissement révoqué", "Establishment manager revoked"),
    ROLE_CHANGED("Groupe ou rôle modifié", "Group or role changed"),
    ACCOUNT_CREATED("Compte créé", "Account created"),
    ACCOUNT_INFORMATION_CHANGED("Informations complémentaires enregistrées", "Complementary information recorded");

    private final String french;
    private final String english;

    SecurityEventKind(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }

    public String label() {
        return french;
    }
}
