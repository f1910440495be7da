package org.impexflow.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.impexflow.casefile.CaseActProcess;
import org.impexflow.casefile.CaseFile;
import org.impexflow.casefile.CasePages;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.engine.EngineIdentity;
import org.impexflow.travellers.TransportAttestation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * ANSM's page of a case, whatever its kind ({@code /ansm/dossiers/<id>}): for ANSM's groups only (reviewers,
 * narcotics team, support, analysts, administrators); anyone else gets 403, whichever the case, and a case
 * that does not exist 404.
 */
@Controller
class CasePageController {

    /** Who may read any case. */
    static final Set<String> READERS = Set.of(Groups.REVIEWERS, Groups.NARCOTICS, Groups.SUPPORT, Groups.ANALYSTS,
            Groups.ADMINISTRATORS);
    /** A task's page in Tasklist. */
    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final CaseView view;
    private final CaseRegister register;
    private final ProcessEngine engine;

    CasePageController(CaseView view, CaseRegister register, ProcessEngine engine) {
        this.view = view;
        this.register = register;
        this.engine = engine;
    }

    /** A task open on the case, and its page in Tasklist. */
    record OpenTask(String name, String assignee, Instant due, String href) {
    }

    @GetMapping(CasePages.PATH + "{id}")
    String page(@PathVariable long id, Locale language, Model model) {
        allowed();
        CaseView.Page page = view.of(id, language).orElseThrow(() -> notFound(id));
        model.addAttribute("c", page);
        model.addAttribute("tasks", openTasks(page.file()));
        model.addAttribute("zone", ZoneId.of("Europe/Paris"));
        return "dashboard/case";
    }

    /**
     * From Cockpit's page of a process instance: the case it carries (a procedure's process), or the case it
     * acts on (an act after a decision, whose process holds the case's id).
     */
    @GetMapping(CasePages.PATH + "processus/{processInstanceId}")
    String ofProcess(@PathVariable String processInstanceId) {
        allowed();
        Long id = register.ofProcess(processInstanceId).map(CaseFile::getId).orElseGet(() -> actedOn(processInstanceId));
        if (id == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier pour ce processus.");
        }
        return "redirect:" + CasePages.path(id);
    }

    private Long actedOn(String processInstanceId) {
        HistoricVariableInstance caseId = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(CaseActProcess.Vars.CASE_ID).singleResult();
        return caseId != null && caseId.getValue() instanceof Number number ? number.longValue() : null;
    }

    /**
     * The tasks open on the case, soonest due first: those of its own process (a review, a complement to give)
     * and the confirmations of acts proposed on it (withdrawal, suspension, prohibition). Every reader of the page
     * sees them all; the link into Tasklist is given for the tasks Tasklist shows the reader (another group's task
     * answered "La tâche n'existe plus", and an analyst, who has no Tasklist, got a 403).
     */
    private List<OpenTask> openTasks(CaseFile c) {
        List<Task> open = new ArrayList<>();
        if (c.getProcessInstanceId() != null) {
            open.addAll(engine.getTaskService().createTaskQuery().processInstanceId(c.getProcessInstanceId()).list());
        }
        open.addAll(engine.getTaskService().createTaskQuery().processDefinitionKey(CaseActProcess.KEY)
                .processVariableValueEquals(CaseActProcess.Vars.CASE_ID, c.getId()).list());
        Set<String> shown = shownInTasklist(open);
        return open.stream().sorted(Comparator.comparing(Task::getDueDate,
                Comparator.nullsLast(Comparator.naturalOrder()))).map(t -> new OpenTask(t.getName(), t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        shown.contains(t.getId()) ? TASKLIST + t.getId() : null)).toList();
    }

    /** Those of the tasks that Tasklist shows the person reading: the engine's task query, as them. */
    private Set<String> shownInTasklist(List<Task> open) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (open.isEmpty() || user == null || !engine.getAuthorizationService().isUserAuthorized(user.userId(),
                user.groupIds(), Permissions.ACCESS, Resources.APPLICATION, "tasklist")) {
            return Set.of();
        }
        return EngineIdentity.as(engine.getIdentityService(), user.userId(), user.groupIds(), () -> engine
                .getTaskService().createTaskQuery().taskIdIn(open.stream().map(Task::getId).toArray(String[]::new))
                .list().stream().map(Task::getId).collect(Collectors.toSet()));
    }

    /** The transport attestation's PDF, kept in its own table. */
    @GetMapping(CasePages.PATH + "{id}/attestation.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> attestation(@PathVariable long id) {
        allowed();
        TransportAttestation attestation = register.find(id).filter(TransportAttestation.class::isInstance)
                .map(TransportAttestation.class::cast).filter(a -> a.getAttestationPdf() != null)
                .orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-" + attestation.getNumber() + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .body(attestation.getAttestationPdf());
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n° " + id + ".");
    }

    private static void allowed() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (user.groupIds().stream().noneMatch(READERS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux agents de l'ANSM.");
        }
    }
}
