package org.impexflow.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.impexflow.web.ReadBody;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calls of the engine's APIs (/engine-rest and the webapps' /camunda/api/engine) that the engine's
 * own authorizations let through too widely. Issue 16, point 11: only ANSM's working groups comment
 * on tasks and cases (the engine checks no permission for a comment on a task one can read), and
 * correlate messages or throw signals (a refusal names other cases' ids). Issue 17: the engine lets
 * whoever may work on a task (a declarant on their complement, through the engine's grant to the
 * assignee and candidate groups) also change it; only ANSM changes a task's dates, name and owner, its
 * groups and users and its variables outside a completion, throws a BPMN error or escalation on it (an
 * error no boundary event catches ends the task, and with it the case's path), and others take a task for themselves only
 * (or give it back), never for another person, who would then read the case. Declarants, API
 * accounts and analysts get 403 with a French message. Nobody, ANSM included, adds or deletes the engine's
 * own attachments of a task (unchecked files, outside the case), nor delegates or resolves a task (a resolution
 * skips the completion's checks), nor creates the engine's users or changes their
 * passwords (accounts are the application's).
 */
final class EngineApiGuard extends OncePerRequestFilter {

    /** The engine's path after /engine-rest or /camunda/api/engine/engine/{engine}. */
    private static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final List<Pattern> ANSM_ONLY = List.of(
            Pattern.compile("^/(?:task|process-instance)/[^/]+/comment(?:/.*)?$"),
            Pattern.compile("^/message(?:/.*)?$"),
            Pattern.compile("^/signal(?:/.*)?$"));
    /** Changes of a task (besides taking, giving back and completing it) that only ANSM makes. */
    private static final List<Pattern> ANSM_ONLY_TASK_CHANGES = List.of(
            Pattern.compile("^/task/[^/]+/identity-links(?:/delete)?$"),
            Pattern.compile("^/task/[^/]+/(?:variables|localVariables)(?:/.*)?$"),
            Pattern.compile("^/task/[^/]+/(?:bpmnError|bpmnEscalation)$"));
    /**
     * The engine's own attachments of a task: stored as sent (any type, any size), outside the case's files,
     * which are checked by their content, typed and hashed ({@code docs/security.md}, "Files"). Nobody adds
     * or deletes them; a case's files go through its forms, its API variables or the page Pièces jointes.
     */
    private static final Pattern ENGINE_ATTACHMENT = Pattern.compile("^/task/[^/]+/attachment(?:/.*)?$");
    /**
     * The engine's own users and passwords: a person logs in with the account of the application (its
     * password rules, its second factor), which the engine's user table does not hold; a user created in
     * Camunda Admin could not log in, and the password changed on Camunda's profile page was always refused.
     */
    private static final Pattern ENGINE_IDENTITY = Pattern.compile("^/user/(?:create|[^/]+/credentials)$");
    /**
     * A person's name and address in the engine: copies of the account's, which Mes données shows and corrects
     * (with its request to support); Camunda's profile page offered the change and failed with the engine's
     * English refusal.
     */
    private static final Pattern ENGINE_PROFILE = Pattern.compile("^/user/[^/]+/profile$");
    /**
     * The engine's statistics, reports and metrics count the instances of a process definition whatever their
     * establishment (the engine checks only the right to read the definition): a declarant read the number of
     * running declarations, import requests, registrations and requests to join of everybody.
     */
    private static final Pattern COUNTS_OF_EVERY_CASE = Pattern.compile(
            "^/(?:process-definition/(?:.*/)?statistics|history/process-definition/[^/]+/statistics"
                    + "|history/(?:[^/]+/)?[^/]*report|batch/statistics|metrics(?:/.*)?)$");
    /**
     * A task's variables, written apart from its form: they are the case's (a task's variable updates the
     * process's of the same name). A reviewer who proposed an act after a decision rewrote its proposer there,
     * then took the confirmation task that the four-eyes rule keeps from them. Only administrators (Cockpit's
     * corrections) write them; everybody else completes the form.
     */
    private static final Pattern TASK_VARIABLES = Pattern.compile("^/task/[^/]+/(?:variables|localVariables)(?:/.*)?$");
    /**
     * A task's delegation: a delegated task is not completed but resolved, and a resolution stores its variables
     * without the completion's checks (the task listeners that check a form's files by their content and the
     * four-eyes rule of an act after a decision): an executable named .pdf was kept as a complement's file, and the
     * proposer of an act rewrote its proposer. No procedure delegates a task: nobody delegates or resolves one.
     */
    private static final Pattern DELEGATION = Pattern.compile("^/task/[^/]+/(?:delegate|resolve)$");
    /** PUT: a task's name, description, dates, priority, owner. */
    private static final Pattern TASK = Pattern.compile("^/task/[^/]+$");
    /** Whom a task goes to, in the body's userId. */
    private static final Pattern ASSIGNMENT = Pattern.compile("^/task/[^/]+/(claim|assignee)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ASSIGNMENT_BODY = 4096;

    static final String ANSM_ONLY_MESSAGE = "Réservé aux équipes de l'ANSM : commentaires, messages et signaux du "
            + "moteur de processus.";
    static final String TASK_CHANGE_MESSAGE = "Réservé aux équipes de l'ANSM : l'échéance, la date de relance, les "
            + "groupes, les personnes et les variables d'une tâche, ses erreurs et escalades BPMN.";
    static final String ATTACHMENT_MESSAGE = "Les fichiers d'un dossier se déposent avec son formulaire, par l'API "
            + "(variables de type File) ou sur la page Pièces jointes, où ils sont contrôlés : pas en pièce jointe "
            + "d'une tâche du moteur.";
    static final String IDENTITY_MESSAGE = "Les comptes se créent par l'inscription (page « Créer un compte ») et "
            + "leur mot de passe se change par la page « Mot de passe oublié » : ni l'un ni l'autre dans les "
            + "applications Camunda.";
    static final String STATISTICS_MESSAGE = "Réservé aux équipes de l'ANSM (Cockpit) : les statistiques et rapports du moteur "
            + "de processus comptent les dossiers de tous les établissements.";
    static final String DELEGATION_MESSAGE = "Une tâche se termine avec son formulaire (« Terminer ») : la délégation "
            + "d'une tâche (déléguer, résoudre) n'est pas utilisée ; rien n'a été enregistré.";
    static final String TASK_VARIABLES_MESSAGE = "Les variables d'une tâche changent par son formulaire, quand elle "
            + "se termine : pas une à une.";
    static final String PROFILE_MESSAGE = "Vos nom, prénom et adresse e-mail sont ceux de votre compte : la page "
            + "« Mes données » les montre et en demande la rectification, pas les applications Camunda.";
    static final String ASSIGNMENT_MESSAGE = "Vous prenez une tâche pour vous-même, ou la libérez : elle ne peut pas "
            + "être attribuée à une autre personne.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        Matcher path = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // the engine's API answers a path ending with a slash as the same path without it
        String engine = path.group(1).replaceFirst("/+$", "");
        if ("GET".equals(method) || "HEAD".equals(method)) {
            if (COUNTS_OF_EVERY_CASE.matcher(engine).matches() && !isAnsm(authentication)
                    && !(Authorities.isFullyAuthenticated(authentication)
                            && Authorities.groups(authentication).contains(Groups.ANALYSTS))) {
                refuse(response, STATISTICS_MESSAGE);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (ENGINE_ATTACHMENT.matcher(engine).matches()) {
            refuse(response, ATTACHMENT_MESSAGE);
            return;
        }
        if (ENGINE_IDENTITY.matcher(engine).matches()) {
            refuse(response, IDENTITY_MESSAGE);
            return;
        }
        if (DELEGATION.matcher(engine).matches()) {
            refuse(response, DELEGATION_MESSAGE);
            return;
        }
        if ("PUT".equals(method) && ENGINE_PROFILE.matcher(engine).matches()) {
            refuse(response, PROFILE_MESSAGE);
            return;
        }
        if (isAnsm(authentication)) {
            if (TASK_VARIABLES.matcher(engine).matches() && !isAdministrator(authentication)) {
                refuse(response, TASK_VARIABLES_MESSAGE);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (ANSM_ONLY.stream().anyMatch(p -> p.matcher(engine).matches())) {
            refuse(response, ANSM_ONLY_MESSAGE);
        } else if (ANSM_ONLY_TASK_CHANGES.stream().anyMatch(p -> p.matcher(engine).matches())
                || "PUT".equals(method) && TASK.matcher(engine).matches()) {
            refuse(response, TASK_CHANGE_MESSAGE);
        } else if (ASSIGNMENT.matcher(engine).matches()) {
            ReadAgain body = new ReadAgain(request);
            if (!body.isAssignmentTo(authentication == null ? null : authentication.getName(),
                    engine.endsWith("/assignee"))) {
                refuse(response, ASSIGNMENT_MESSAGE);
                return;
            }
            chain.doFilter(body, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** 403 with the engine API's JSON of a refusal, in French. */
    static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.createObjectNode().put("type", "AuthorizationException")
                .put("message", message).toString());
    }

    private static boolean isAdministrator(Authentication authentication) {
        return Authorities.isFullyAuthenticated(authentication)
                && Authorities.groups(authentication).contains(Groups.ADMINISTRATORS);
    }

    static boolean isAnsm(Authentication authentication) {
        return Authorities.isFullyAuthenticated(authentication)
                && Groups.includeAnsmWorking(Authorities.groups(authentication));
    }

    /** The request with its (small) body read once here, and again by the engine. */
    private static final class ReadAgain extends ReadBody {

        ReadAgain(HttpServletRequest request) throws IOException {
            super(request, request.getInputStream().readNBytes(MAX_ASSIGNMENT_BODY));
        }

        /** The body gives the task to {@code user}, or (where {@code nobodyToo}) to nobody. */
        boolean isAssignmentTo(String user, boolean nobodyToo) {
            JsonNode userId;
            try {
                userId = JSON.readTree(body()).path("userId");
            } catch (IOException unreadable) {
                // the engine answers 400 for it
                return true;
            }
            if (userId.isMissingNode() || userId.isNull() || userId.asText().isEmpty()) {
                return nobodyToo;
            }
            return userId.asText().equals(user);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<EngineApiGuard> engineApiGuard() {
            FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(new EngineApiGuard());
            registration.setName("engine-api-guard");
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registration.setOrder(2);
            return registration;
        }
    }
}
