package org.impexflow.establishment;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts of an establishment (issue 16, point 1). Its members see who belongs to it and who asks
 * to join; its managers remove members (not other managers), with a reason kept in the security log.
 * ANSM support and administrators find any establishment, name or revoke its managers and remove any
 * account. Another establishment's page answers 404.
 */
@Controller
record MembersController(Establishments establishments, Memberships memberships, TaskService taskService) {

    static final int MAX_REASON = 500;

    /** A line of the members' table. */
    record MemberRow(String userId, String name, EstablishmentRole role, java.time.Instant joinedAt, boolean self) {
    }

    /** A request waiting for a decision, with its task in Tasklist. */
    record PendingRow(String userId, String name, java.time.Instant requestedAt, String taskId) {
    }

    @GetMapping("/mon-etablissement")
    String mine(Model model) {
        CurrentUser user = user();
        Establishment establishment = establishments.ofUser(user.userId()).orElse(null);
        if (establishment == null) {
            return "redirect:/mes-declarations";
        }
        show(establishment, user, false, model, Map.of());
        return "establishment/members";
    }

    @PostMapping("/mon-etablissement/membres/retirer")
    String removeByManager(@RequestParam("compte") String account,
            @RequestParam(name = "motif", required = false) String reason,
            @RequestParam(name = "confirmation", required = false) String confirmation, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = user();
        Establishment establishment = establishments.ofUser(user.userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        if (!establishments.isManager(user.userId(), establishment.getId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Seuls les gestionnaires de l'établissement retirent des comptes.");
        }
        EstablishmentMember target = memberOf(account, establishment);
        Map<String, String> errors = checkRemoval(reason, confirmation);
        if (target.getUserId().equals(user.userId())) {
            errors.put("compte", "membership.error.self");
        } else if (target.isManager()) {
            errors.put("compte", "membership.error.manager");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(establishment, user, false, model, errors);
            return "establishment/members";
        }
        memberships.remove(target.getUserId(), establishment.getId(), user.userId(), reason.strip());
        redirect.addFlashAttribute("notice", "membership.removed");
        return "redirect:/mon-etablissement";
    }

    @GetMapping("/ansm/etablissements")
    String search(@RequestParam(name = "q", required = false) String text, Model model) {
        ansm();
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("found", text == null || text.isBlank() ? List.of() : establishments.search(text));
        return "establishment/search";
    }

    @GetMapping("/ansm/etablissements/{id}")
    String ofAnsm(@PathVariable Long id, Model model) {
        CurrentUser user = ansm();
        show(establishment(id), user, true, model, Map.of());
        return "establishment/members";
    }

    @PostMapping("/ansm/etablissements/{id}/membres/retirer")
    String removeByAnsm(@PathVariable Long id, @RequestParam("compte") String account,
            @RequestParam(name = "motif", required = false) String reason,
            @RequestParam(name = "confirmation", required = false) String confirmation, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = ansm();
        Establishment establishment = establishment(id);
        EstablishmentMember target = memberOf(account, establishment);
        Map<String, String> errors = checkRemoval(reason, confirmation);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(establishment, user, true, model, errors);
            return "establishment/members";
        }
        memberships.remove(target.getUserId(), id, user.userId(), reason.strip());
        redirect.addFlashAttribute("notice", "membership.removed");
        return "redirect:/ansm/etablissements/" + id;
    }

    @PostMapping("/ansm/etablissements/{id}/membres/role")
    String changeRole(@PathVariable Long id, @RequestParam("compte") String account,
            @RequestParam("role") String role, @RequestParam(name = "motif", required = false) String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = ansm();
        Establishment establishment = establishment(id);
        EstablishmentMember target = memberOf(account, establishment);
        Map<String, String> errors = new LinkedHashMap<>();
        EstablishmentRole newRole = "MANAGER".equals(role) ? EstablishmentRole.MANAGER
                : "MEMBER".equals(role) ? EstablishmentRole.MEMBER : null;
        if (newRole == null) {
            errors.put("role", "membership.error.role");
        }
        reason(reason, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(establishment, user, true, model, errors);
            return "establishment/members";
        }
        memberships.changeRole(target.getUserId(), id, newRole, user.userId(), reason.strip());
        redirect.addFlashAttribute("notice", newRole == EstablishmentRole.MANAGER ? "membership.managerNamed"
                : "membership.managerRevoked");
        return "redirect:/ansm/etablissements/" + id;
    }

    private void show(Establishment establishment, CurrentUser user, boolean ansm, Model model,
            Map<String, String> errors) {
        List<MemberRow> members = establishments.members(establishment.getId()).stream()
                .map(m -> new MemberRow(m.getUserId(), memberships.nameOf(m.getUserId()), m.getRole(), m.getJoinedAt(),
                        m.getUserId().equals(user.userId())))
                .toList();
        List<PendingRow> pending = memberships.pendingFor(establishment.getId()).stream()
                .map(r -> new PendingRow(r.getUserId(), memberships.nameOf(r.getUserId()), r.getRequestedAt(),
                        taskOf(r)))
                .toList();
        model.addAttribute("establishment", establishment);
        model.addAttribute("members", members);
        model.addAttribute("pending", pending);
        model.addAttribute("ansm", ansm);
        model.addAttribute("manager", ansm || establishments.isManager(user.userId(), establishment.getId()));
        model.addAttribute("errors", errors);
        model.addAttribute("zone", ZoneId.of("Europe/Paris"));
    }

    private String taskOf(MembershipRequest request) {
        if (request.getProcessInstanceId() == null) {
            return null;
        }
        Task task = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(MembershipProcess.Elements.DECIDE).singleResult();
        return task == null ? null : task.getId();
    }

    private Map<String, String> checkRemoval(String reason, String confirmation) {
        Map<String, String> errors = new LinkedHashMap<>();
        reason(reason, errors);
        if (!"oui".equals(confirmation)) {
            errors.put("confirmation", "membership.error.confirmation");
        }
        return errors;
    }

    private static void reason(String reason, Map<String, String> errors) {
        if (reason == null || reason.isBlank()) {
            errors.put("motif", "membership.error.reason");
        } else if (reason.length() > MAX_REASON) {
            errors.put("motif", "membership.error.reasonLength");
        }
    }

    private EstablishmentMember memberOf(String account, Establishment establishment) {
        return establishments.membership(account).filter(m -> m.getEstablishmentId().equals(establishment.getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Ce compte n'appartient pas à cet établissement."));
    }

    private Establishment establishment(Long id) {
        return establishments.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static CurrentUser ansm() {
        CurrentUser user = user();
        if (!user.isMemberOf(Groups.SUPPORT) && !user.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Page réservée au support de l'ANSM et aux administrateurs.");
        }
        return user;
    }
}
