package org.impexflow.demo;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.authority.AuthorityDirectory;
import org.impexflow.authority.ImportingAuthority;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentRole;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.registration.AccountInformation;
import org.impexflow.registration.AccountInformations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, establishment and authority directory of the default profile
 * ({@code impexflow.demo.enabled=true}); created once, kept across restarts. README lists them.
 */
@Component
@ConditionalOnProperty(name = "impexflow.demo.enabled", havingValue = "true")
class DemoData {

    /** The password of every demo account. */
    static final String PASSWORD = "Vk8#Lp2!Rz5q";
    static final String DECLARANT = "declarant@labo.example";
    static final String API_CLIENT = "api@labo.example";
    static final String DEMO_SIRET = "42112345600012";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** TOTP secrets of the demo accounts (README), so that a newcomer can add them to an app. */
    static final String REVIEWER_SECRET = "HNXNSVDJEKR57KPGIPGEFQ6T7WYJ4LMO";
    static final String DECLARANT_SECRET = "UGDC4AACWZ22WY4LZ66Y4U2FTWNVON6Q";
    static final String OTHER_SECRET = "TVO3PQ6ZVEY2LFQDSJBQN7MUKGXG4JTZ";

    private final Accounts accounts;
    private final Establishments establishments;
    private final AuthorityDirectory authorities;
    private final AccountInformations informations;

    DemoData(Accounts accounts, Establishments establishments, AuthorityDirectory authorities,
            AccountInformations informations) {
        this.accounts = accounts;
        this.informations = informations;
        this.establishments = establishments;
        this.authorities = authorities;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() {
        person("admin@ansm.example", "Administrateur", "impexflow", Groups.ADMINISTRATORS, OTHER_SECRET);
        person("reviewer@ansm.example", "Claire", "Moreau", Groups.REVIEWERS, REVIEWER_SECRET);
        // a second reviewer: an act after a decision is confirmed by another person than its proposer
        person("reviewer2@ansm.example", "Thomas", "Garnier", Groups.REVIEWERS, OTHER_SECRET);
        person("support@ansm.example", "Julien", "Petit", Groups.SUPPORT, OTHER_SECRET);
        person("narcotics@ansm.example", "Hélène", "Durand", Groups.NARCOTICS, OTHER_SECRET);
        person("referentiel@ansm.example", "Nathalie", "Girard", Groups.REFERENCE_ADMINS, OTHER_SECRET);
        person("analyst@ansm.example", "Sophie", "Bernard", Groups.ANALYSTS, OTHER_SECRET);
        person(DECLARANT, "Marc", "Lefèvre", Groups.DECLARANTS, DECLARANT_SECRET);
        if (!accounts.exists(API_CLIENT)) {
            accounts.create(API_CLIENT, "ERP", "Laboratoire Démo", accounts.hash(PASSWORD), true,
                    List.of(Groups.API_CLIENTS));
        }

        Establishment demo = establishments.bySiret(DEMO_SIRET).orElseGet(() -> establishments.create(
                new Establishment(DEMO_SIRET, "Laboratoire Démo", EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                        "12 rue des Essais", "69007", "Lyon", "FR")));
        establishments.addMember(DECLARANT, demo, EstablishmentRole.MANAGER);
        if (informations.of(DECLARANT).isEmpty()) {
            informations.record(DECLARANT, "Lefèvre", "Marc", "+33 4 78 00 00 00",
                    AccountInformation.Quality.PHARMACIEN_RESPONSABLE, demo.getId(), DECLARANT);
        }
        establishments.addMember(API_CLIENT, demo);

        if (authorities.all().isEmpty()) {
            List.of(
                    new ImportingAuthority("SN", "Ministère de la Santé et de l'Action sociale du Sénégal – "
                            + "Agence sénégalaise de réglementation pharmaceutique", "arp@sante.sn.example"),
                    new ImportingAuthority("CI", "Ministère de la Santé de Côte d'Ivoire – Autorité ivoirienne de "
                            + "régulation pharmaceutique", "airp@sante.ci.example"),
                    new ImportingAuthority("MA", "Ministère de la Santé du Maroc – Direction du médicament et de "
                            + "la pharmacie", "dmp@sante.ma.example"),
                    new ImportingAuthority("TN", "Ministère de la Santé de Tunisie – Direction de la pharmacie et "
                            + "du médicament", "dpm@sante.tn.example"),
                    new ImportingAuthority("CM", "Ministère de la Santé publique du Cameroun – Direction de la "
                            + "pharmacie, du médicament et des laboratoires", "dpml@minsante.cm.example"))
                    .forEach(authorities::save);
        }
        LOG.info("Demo data ready: accounts *@ansm.example and *@labo.example, password in README");
    }

    private void person(String id, String firstName, String lastName, String group, String totpSecret) {
        if (!accounts.exists(id)) {
            accounts.create(id, firstName, lastName, accounts.hash(PASSWORD), false, List.of(group));
            accounts.enrolKnownSecret(id, totpSecret);
        }
    }
}
