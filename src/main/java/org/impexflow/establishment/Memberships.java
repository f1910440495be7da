package org.impexflow.establishment;

import static org.impexflow.establishment.MembershipProcess.Vars.*;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.access.Groups;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an establishment (issue 16, point 1). The first account of a new establishment manages
 * it; anyone else who names an existing establishment asks to join, and its managers or ANSM support
 * accept or refuse in Tasklist (process {@code establishment-membership}); until then the account sees
 * and does nothing for it. Managers remove members; ANSM names and revokes managers. Every change is
 * in the security log.
 */
@Service
@Transactional
public class Memberships {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    /** Who asks to join, as they gave it in their complementary information. */
    public record Requester(String email, String name, String quality, String phone) {
    }

    private final Establishments establishments;
    private final MembershipRequestRepository requests;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final SecurityEvents events;
    private final Clock clock;
    private final Duration decisionDue;

    Memberships(Establishments establishments, MembershipRequestRepository requests, RuntimeService runtimeService,
            TaskService taskService, IdentityService identityService, AuthorizationService authorizationService,
            SecurityEvents events, Clock clock,
            @Value("${impexflow.membership.decision-due:P14D}") Duration decisionDue) {
        this.establishments = establishments;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.events = events;
        this.clock = clock;
        this.decisionDue = decisionDue;
    }

    /** The first account of a new establishment: it belongs to it at once, as its manager. */
    public void founder(String userId, Establishment establishment, String by) {
        establishments.addMember(userId, establishment, EstablishmentRole.MANAGER);
        events.record(SecurityEventKind.MEMBER_ADDED, by, userId, describe(establishment)
                + " : premier compte de l'établissement, qui en devient gestionnaire");
    }

    /** ANSM support moves an account to an establishment (a correction it decided): no request. */
    public void placedBySupport(String userId, Establishment establishment, String agent) {
        Optional<EstablishmentMember> before = establishments.membership(userId);
        if (before.filter(m -> m.getEstablishmentId().equals(establishment.getId())).isPresent()) {
            return;
        }
        requests.findFirstByUserIdAndStatus(userId, MembershipRequest.Status.PENDING)
                .ifPresent(pending -> cancel(pending, agent, "rattachement fait par le support de l'ANSM"));
        before.ifPresent(previous -> events.record(SecurityEventKind.MEMBER_REMOVED, agent, userId,
                "Établissement n°" + previous.getEstablishmentId() + " : compte déplacé par le support de l'ANSM"));
        before.ifPresent(previous -> releaseTasks(userId, establishments.byId(previous.getEstablishmentId()).orElseThrow()));
        establishments.moveMember(userId, establishment);
        events.record(SecurityEventKind.MEMBER_ADDED, agent, userId, describe(establishment)
                + " : rattachement fait par le support de l'ANSM");
    }

    /**
     * The account asks to join an existing establishment. A pending request of the same account is
     * replaced (one establishment at a time).
     *
     * @param summaryMarkdown who asks, as escaped Markdown for the decision form
     */
    public MembershipRequest request(Requester requester, Establishment establishment, String summaryMarkdown) {
        requests.findFirstByUserIdAndStatus(requester.email(), MembershipRequest.Status.PENDING)
                .ifPresent(pending -> cancel(pending, requester.email(), "remplacée par une nouvelle demande"));
        MembershipRequest request = requests.save(new MembershipRequest(requester.email(), establishment.getId(),
                clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(REQUESTER_EMAIL, requester.email());
        variables.put(REQUESTER_NAME, requester.name());
        variables.put(REQUESTER_QUALITY, requester.quality());
        variables.put(REQUESTER_PHONE, requester.phone());
        variables.put("requestSummary", summaryMarkdown);
        variables.put(ESTABLISHMENT_NAME, establishment.getName());
        variables.put(ESTABLISHMENT_SIRET, establishment.getSiret() == null ? "–" : establishment.getSiret());
        variables.put(MANAGERS_GROUP, establishment.managersGroupId());
        variables.put(REQUESTED_AT, DAY.format(request.getRequestedAt()));
        variables.put(DECISION_DUE_DATE, Date.from(request.getRequestedAt().plus(decisionDue)));
        ProcessInstance started = withoutAuthorization(() -> runtimeService.startProcessInstanceByKey(
                MembershipProcess.KEY, "RATTACHEMENT-" + request.getId(), variables));
        request.startedAs(started.getId());
        events.record(SecurityEventKind.MEMBERSHIP_REQUESTED, requester.email(), requester.email(),
                describe(establishment) + " : demande de rattachement, en attente d'un gestionnaire ou du support");
        return request;
    }

    /** The request a decision task belongs to. */
    @Transactional(readOnly = true)
    public MembershipRequest ofProcess(String processInstanceId) {
        return requests.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No membership request for " + processInstanceId));
    }

    /** Accepted: the account joins (as manager when the establishment has none yet). */
    public void approve(String processInstanceId, String decidedBy) {
        MembershipRequest request = ofProcess(processInstanceId);
        Establishment establishment = establishments.byId(request.getEstablishmentId()).orElseThrow();
        request.decide(MembershipRequest.Status.APPROVED, decidedBy, null, clock.instant());
        boolean firstManager = !establishments.hasManager(establishment.getId());
        establishments.membership(request.getUserId()).map(EstablishmentMember::getEstablishmentId)
                .filter(previous -> !previous.equals(establishment.getId()))
                .ifPresent(previous -> releaseTasks(request.getUserId(), establishments.byId(previous).orElseThrow()));
        establishments.moveMember(request.getUserId(), establishment);
        if (firstManager) {
            establishments.changeRole(request.getUserId(), establishment.getId(), EstablishmentRole.MANAGER);
        }
        events.record(SecurityEventKind.MEMBERSHIP_APPROVED, decidedBy, request.getUserId(), describe(establishment)
                + (firstManager ? " : rattachement accepté, premier gestionnaire de l'établissement"
                        : " : rattachement accepté"));
    }

    /** Refused, with the reason mailed to the requester: the account stays outside the establishment. */
    public void refuse(String processInstanceId, String decidedBy, String reason) {
        MembershipRequest request = ofProcess(processInstanceId);
        Establishment establishment = establishments.byId(request.getEstablishmentId()).orElseThrow();
        request.decide(MembershipRequest.Status.REFUSED, decidedBy, reason, clock.instant());
        events.record(SecurityEventKind.MEMBERSHIP_REFUSED, decidedBy, request.getUserId(),
                describe(establishment) + " : " + reason);
    }

    /**
     * A manager (or ANSM) removes an account from the establishment: it no longer sees its cases, and
     * the tasks it was assigned for the establishment go back to the establishment's accounts.
     */
    public void remove(String userId, Long establishmentId, String by, String reason) {
        Establishment establishment = establishments.byId(establishmentId).orElseThrow();
        establishments.removeMember(userId, establishmentId);
        releaseTasks(userId, establishment);
        events.record(SecurityEventKind.MEMBER_REMOVED, by, userId, describe(establishment) + " : " + reason);
    }

    /** ANSM names a manager, or takes the role back. */
    public void changeRole(String userId, Long establishmentId, EstablishmentRole role, String by, String reason) {
        Establishment establishment = establishments.byId(establishmentId).orElseThrow();
        establishments.changeRole(userId, establishmentId, role);
        events.record(role == EstablishmentRole.MANAGER ? SecurityEventKind.MANAGER_NAMED
                : SecurityEventKind.MANAGER_REVOKED, by, userId, describe(establishment) + " : " + reason);
    }

    @Transactional(readOnly = true)
    public Optional<MembershipRequest> pendingOf(String userId) {
        return requests.findFirstByUserIdAndStatus(userId, MembershipRequest.Status.PENDING);
    }

    /** The account's latest request, whatever its outcome. */
    @Transactional(readOnly = true)
    public Optional<MembershipRequest> latestOf(String userId) {
        return requests.findFirstByUserIdOrderByIdDesc(userId);
    }

    @Transactional(readOnly = true)
    public List<MembershipRequest> pendingFor(Long establishmentId) {
        return requests.findByEstablishmentIdAndStatusOrderByIdAsc(establishmentId, MembershipRequest.Status.PENDING);
    }

    /** People (not API accounts) of an establishment: who is told of a request. */
    @Transactional(readOnly = true)
    public List<String> peopleOf(Long establishmentId) {
        return establishments.members(establishmentId).stream().map(EstablishmentMember::getUserId)
                .filter(user -> identityService.createUserQuery().userId(user).memberOfGroup(Groups.API_CLIENTS)
                        .count() == 0)
                .toList();
    }

    /** "Prénom Nom" of an account, or its login when the engine has no name. */
    @Transactional(readOnly = true)
    public String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private void cancel(MembershipRequest pending, String by, String why) {
        pending.decide(MembershipRequest.Status.CANCELLED, by, why, clock.instant());
        if (pending.getProcessInstanceId() != null) {
            withoutAuthorization(() -> {
                if (runtimeService.createProcessInstanceQuery().processInstanceId(pending.getProcessInstanceId())
                        .count() > 0) {
                    runtimeService.deleteProcessInstance(pending.getProcessInstanceId(), "Demande annulée : " + why);
                }
                return null;
            });
        }
    }

    /**
     * An account leaves an establishment: the tasks of its cases it was given go back to the establishment's
     * accounts, and the grants the engine made it on them when it was their assignee (each task's own,
     * which the engine keeps after the assignee changes) are withdrawn: it neither reads nor answers them.
     */
    private void releaseTasks(String userId, Establishment establishment) {
        String group = establishment.groupId();
        withoutAuthorization(() -> {
            taskService.createTaskQuery().taskAssignee(userId).taskCandidateGroup(group).includeAssignedTasks().list()
                    .forEach(task -> taskService.setAssignee(task.getId(), null));
            Map<String, List<Authorization>> grantsByTask = authorizationService.createAuthorizationQuery()
                    .userIdIn(userId).resourceType(Resources.TASK).list().stream()
                    .collect(java.util.stream.Collectors.groupingBy(Authorization::getResourceId));
            if (!grantsByTask.isEmpty()) {
                // the establishment's tasks among them, in one query
                taskService.createTaskQuery().taskIdIn(grantsByTask.keySet().toArray(String[]::new))
                        .taskCandidateGroup(group).includeAssignedTasks().list()
                        .forEach(task -> grantsByTask.get(task.getId())
                                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId())));
            }
            return null;
        });
    }

    static String describe(Establishment establishment) {
        return establishment.getName() + (establishment.getSiret() == null ? "" : " (SIRET " + establishment.getSiret()
                + ")");
    }

    private static <T> T withoutAuthorization(Supplier<T> work) {
        return Context.getCommandContext() == null ? work.get()
                : Context.getCommandContext().runWithoutAuthorization(work::get);
    }
}
