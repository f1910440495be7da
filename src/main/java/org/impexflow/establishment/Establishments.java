package org.impexflow.establishment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.impexflow.access.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishments and the accounts that belong to them. Belonging is what opens an establishment's
 * cases: the account joins the engine group {@code establishment-<id>}; a manager also joins
 * {@code establishment-<id>-managers}, the candidate group of the requests to join.
 */
@Service
@Transactional
public class Establishments {

    /** Engine group of an establishment's accounts: {@code establishment-<id>}. */
    public static final String GROUP_PREFIX = "establishment-";
    /** Suffix of the engine group of an establishment's managers. */
    public static final String MANAGERS_SUFFIX = "-managers";
    /** Type of the engine groups of establishments' managers. */
    static final String MANAGERS_GROUP_TYPE = "establishment-managers";
    static final String ACCOUNTS_GROUP_TYPE = "establishment";

    private final EstablishmentRepository establishments;
    private final EstablishmentMemberRepository members;
    private final IdentityService identityService;
    private final AuthorizationService authorizations;
    private final Clock clock;

    Establishments(EstablishmentRepository establishments, EstablishmentMemberRepository members,
            IdentityService identityService, AuthorizationService authorizations, Clock clock) {
        this.establishments = establishments;
        this.members = members;
        this.identityService = identityService;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    /** The establishment an account belongs to; none while a request to join is pending. */
    @Transactional(readOnly = true)
    public Optional<Establishment> ofUser(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return members.findById(userId).flatMap(m -> establishments.findById(m.getEstablishmentId()));
    }

    @Transactional(readOnly = true)
    public Optional<EstablishmentMember> membership(String userId) {
        return userId == null ? Optional.empty() : members.findById(userId);
    }

    @Transactional(readOnly = true)
    public List<EstablishmentMember> members(Long establishmentId) {
        return members.findByEstablishmentIdOrderByUserIdAsc(establishmentId);
    }

    @Transactional(readOnly = true)
    public boolean isManager(String userId, Long establishmentId) {
        return membership(userId).filter(m -> m.getEstablishmentId().equals(establishmentId))
                .filter(EstablishmentMember::isManager).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean hasManager(Long establishmentId) {
        return members.countByEstablishmentIdAndRole(establishmentId, EstablishmentRole.MANAGER) > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Establishment> bySiret(String siret) {
        return establishments.findBySiret(siret);
    }

    /** An establishment abroad, known by its name and country (it has no SIRET). */
    @Transactional(readOnly = true)
    public Optional<Establishment> abroad(String name, String countryCode) {
        return establishments.findFirstBySiretIsNullAndNameIgnoreCaseAndCountryCode(name.strip(), countryCode);
    }

    @Transactional(readOnly = true)
    public Optional<Establishment> byId(Long id) {
        return establishments.findById(id);
    }

    /**
     * Establishments whose name (accents and case aside) or SIRET contains the text, for ANSM's pages (at
     * most 50), in the French order of their names.
     */
    @Transactional(readOnly = true)
    public List<Establishment> search(String text) {
        String q = text == null ? "" : text.strip();
        return establishments.findTop50BySearchNameContainingOrSiretContainingOrderByNameAsc(
                org.impexflow.reference.Languages.searchable(q), q.replace(" ", "")).stream()
                .sorted(java.util.Comparator.comparing(Establishment::getName,
                        org.impexflow.reference.Languages.order(java.util.Locale.FRENCH))).toList();
    }

    /** Stores an establishment and creates the engine group of its accounts (its managers' comes with the first). */
    public Establishment create(Establishment establishment) {
        Establishment saved = establishments.save(establishment);
        group(saved.groupId(), saved.getName(), ACCOUNTS_GROUP_TYPE);
        groupNamesReadable(saved.groupId());
        return saved;
    }

    /** Makes a user an account of this establishment, leaving the one it belonged to, if any. */
    public void moveMember(String userId, Establishment establishment) {
        members.findById(userId).filter(m -> !m.getEstablishmentId().equals(establishment.getId()))
                .ifPresent(previous -> {
                    leaveGroups(userId, previous.getEstablishmentId());
                    members.delete(previous);
                    members.flush();
                });
        addMember(userId, establishment);
    }

    /**
     * Makes a user an account of the establishment (a member; one already there keeps its role); an
     * e-mail belongs to one establishment only.
     */
    public void addMember(String userId, Establishment establishment) {
        if (members.findById(userId).filter(m -> m.getEstablishmentId().equals(establishment.getId())).isPresent()) {
            return;
        }
        addMember(userId, establishment, EstablishmentRole.MEMBER);
    }

    /** Makes a user an account of the establishment with a role. */
    public void addMember(String userId, Establishment establishment, EstablishmentRole role) {
        Optional<EstablishmentMember> existing = members.findById(userId);
        if (existing.isPresent() && !existing.get().getEstablishmentId().equals(establishment.getId())) {
            throw new IllegalStateException(userId + " already belongs to another establishment");
        }
        if (existing.isPresent()) {
            setRole(existing.get(), role);
            return;
        }
        members.save(new EstablishmentMember(userId, establishment.getId(), role, clock.instant()));
        join(userId, establishment.groupId());
        if (role == EstablishmentRole.MANAGER) {
            ensureManagersGroup(establishment);
            join(userId, establishment.managersGroupId());
        }
    }

    /** Names a member manager, or back to member. */
    public void changeRole(String userId, Long establishmentId, EstablishmentRole role) {
        EstablishmentMember member = members.findById(userId).filter(m -> m.getEstablishmentId().equals(establishmentId))
                .orElseThrow(() -> new IllegalArgumentException(userId + " is not an account of " + establishmentId));
        setRole(member, role);
    }

    /** The account leaves its establishment: it no longer sees any of its cases. */
    public void removeMember(String userId, Long establishmentId) {
        EstablishmentMember member = members.findById(userId).filter(m -> m.getEstablishmentId().equals(establishmentId))
                .orElseThrow(() -> new IllegalArgumentException(userId + " is not an account of " + establishmentId));
        leaveGroups(userId, establishmentId);
        members.delete(member);
    }

    private void setRole(EstablishmentMember member, EstablishmentRole role) {
        if (member.getRole() == role) {
            return;
        }
        member.setRole(role);
        Establishment establishment = establishments.findById(member.getEstablishmentId()).orElseThrow();
        if (role == EstablishmentRole.MANAGER) {
            ensureManagersGroup(establishment);
            join(member.getUserId(), establishment.managersGroupId());
        } else {
            leave(member.getUserId(), establishment.managersGroupId());
        }
    }

    private void ensureManagersGroup(Establishment establishment) {
        group(establishment.managersGroupId(), "Gestionnaires – " + establishment.getName(), MANAGERS_GROUP_TYPE);
        groupNamesReadable(establishment.managersGroupId());
    }

    /**
     * A request to join is a task for the establishment's managers and ANSM support (candidate groups), the
     * complement of a case received by e-mail one for its accounts and support: Tasklist names each group by
     * the name the person may read, else by its id ("ansm-support", "establishment-12"). So each side may read
     * the other's group: its name, nothing more (the engine lets members read their own group). Idempotent;
     * run for every establishment's groups at start ({@link #groupNamesReadableForEveryEstablishmentGroup}).
     */
    void groupNamesReadable(String establishmentGroupId) {
        grantRead(establishmentGroupId, Groups.SUPPORT);
        grantRead(Groups.SUPPORT, establishmentGroupId);
    }

    /** The groups made before the grants of {@link #groupNamesReadable} get them too. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void groupNamesReadableForEveryEstablishmentGroup() {
        for (Group group : Stream.of(MANAGERS_GROUP_TYPE, ACCOUNTS_GROUP_TYPE)
                .flatMap(type -> identityService.createGroupQuery().groupType(type).list().stream()).toList()) {
            try {
                groupNamesReadable(group.getId());
            } catch (org.camunda.bpm.engine.ProcessEngineException alreadyMadeByAnotherNode) {
                // another node starting at the same time made it (each grant is a command of its own here)
            }
        }
    }

    private void grantRead(String groupId, String readableGroupId) {
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(Resources.GROUP).resourceId(readableGroupId).count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(Resources.GROUP);
        grant.setResourceId(readableGroupId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }

    private void leaveGroups(String userId, Long establishmentId) {
        leave(userId, GROUP_PREFIX + establishmentId);
        leave(userId, GROUP_PREFIX + establishmentId + MANAGERS_SUFFIX);
    }

    private void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void join(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private void leave(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
            identityService.deleteMembership(userId, groupId);
        }
    }
}
