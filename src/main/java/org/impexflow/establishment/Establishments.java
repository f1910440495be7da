package org.impexflow.establishment;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Establishments and the accounts that belong to them. */
@Service
@Transactional
public class Establishments {

    /** Engine group of an establishment's accounts: {@code establishment-<id>}. */
    public static final String GROUP_PREFIX = "establishment-";

    private final EstablishmentRepository establishments;
    private final EstablishmentMemberRepository members;
    private final IdentityService identityService;

    Establishments(EstablishmentRepository establishments, EstablishmentMemberRepository members,
            IdentityService identityService) {
        this.establishments = establishments;
        this.members = members;
        this.identityService = identityService;
    }

    @Transactional(readOnly = true)
    public Optional<Establishment> ofUser(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return members.findById(userId).flatMap(m -> establishments.findById(m.getEstablishmentId()));
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

    /** Stores an establishment and creates the engine group of its accounts. */
    public Establishment create(Establishment establishment) {
        Establishment saved = establishments.save(establishment);
        if (identityService.createGroupQuery().groupId(saved.groupId()).count() == 0) {
            Group group = identityService.newGroup(saved.groupId());
            group.setName(saved.getName());
            group.setType("establishment");
            identityService.saveGroup(group);
        }
        return saved;
    }

    /** Makes a user an account of this establishment, leaving the one it belonged to, if any. */
    public void moveMember(String userId, Establishment establishment) {
        members.findById(userId).filter(m -> !m.getEstablishmentId().equals(establishment.getId()))
                .ifPresent(previous -> {
                    identityService.deleteMembership(userId, GROUP_PREFIX + previous.getEstablishmentId());
                    members.delete(previous);
                    members.flush();
                });
        addMember(userId, establishment);
    }

    /** Makes a user an account of the establishment; an e-mail belongs to one establishment only. */
    public void addMember(String userId, Establishment establishment) {
        Optional<EstablishmentMember> existing = members.findById(userId);
        if (existing.isPresent() && !existing.get().getEstablishmentId().equals(establishment.getId())) {
            throw new IllegalStateException(userId + " already belongs to another establishment");
        }
        members.save(new EstablishmentMember(userId, establishment.getId()));
        if (identityService.createUserQuery().userId(userId).memberOfGroup(establishment.groupId()).count() == 0) {
            identityService.createMembership(userId, establishment.groupId());
        }
    }
}
