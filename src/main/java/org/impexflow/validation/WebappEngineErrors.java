package org.impexflow.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.impexflow.reference.Languages;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The errors of the webapps' engine API as a person reads them in Tasklist's notification (its
 * {@code message}). The engine wraps what a listener or a delegate throws ({@code ENGINE-03051 …
 * TaskListener …}, then "Cannot submit task form …", with a 500): an {@link InvalidInputException}
 * found anywhere in the causes answers 400 with one French sentence naming each field by its label in
 * the form. A task claimed or a case changed by someone else at the same moment answers 409 with one
 * sentence in the person's language. An id that names no instance answers 404 with one sentence, not the
 * engine's raw 500 ("execution … doesn't exist"). Anything else is answered as Camunda does.
 */
record WebappEngineErrors(DeployedFormLabels forms, LocaleResolver languages)
        implements ExceptionMapper<Throwable> {

    /**
     * A change made by another transaction at the same moment: the engine's rows (a task, an execution), or
     * the register's when the engine's transaction commits (two reviewers validating two amendments of one
     * version: a row version that no longer matches, or a lock the database gave to the other, as JPA or
     * Spring report them).
     */
    private static final List<Class<? extends Throwable>> CONCURRENT_CHANGES = List.of(
            OptimisticLockingException.class, org.springframework.dao.ConcurrencyFailureException.class,
            jakarta.persistence.OptimisticLockException.class, jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class);

    @Override
    public Response toResponse(Throwable exception) {
        Optional<HttpServletRequest> request = currentRequest();
        Optional<InvalidInputException> refusal = cause(exception, InvalidInputException.class)
                .or(() -> EngineMisuse.of(exception));
        if (refusal.isPresent()) {
            Map<String, String> labels = forms.of(request.map(HttpServletRequest::getPathInfo).orElse(null));
            return InvalidInputExceptionMapper.badRequest(refusal.get(), sentence(refusal.get(), labels));
        }
        Optional<TaskAlreadyClaimedException> claimed = cause(exception, TaskAlreadyClaimedException.class);
        if (claimed.isPresent()) {
            return conflict(claimed.get(), "webapp.error.taskAlreadyClaimed", request);
        }
        Optional<? extends Throwable> concurrent = CONCURRENT_CHANGES.stream()
                .flatMap(type -> cause(exception, type).stream()).findFirst();
        if (concurrent.isPresent()) {
            return conflict(concurrent.get(), "webapp.error.concurrentUpdate", request);
        }
        Optional<NullValueException> missing = cause(exception, NullValueException.class);
        if (missing.isPresent() && String.valueOf(missing.get().getMessage()).contains("doesn't exist")) {
            // an id that names nothing (an instance, an execution): the engine's raw 500 "execution … doesn't exist"
            return answer(Response.Status.NOT_FOUND, "NotFoundException", "webapp.error.notFound", request);
        }
        if (request.isPresent() && request.get().getContentLengthLong() == 0
                && cause(exception, NullPointerException.class).isPresent()) {
            // a call without the JSON its resource reads: the engine's API fell on a null (500)
            return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "webapp.error.emptyBody", request);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /**
     * "Obligatoire : les motifs … (champ « Motifs / complément demandé »)." – each field's message, then
     * the label the person read in the form. The messages are French: they have no English version yet.
     */
    static String sentence(InvalidInputException refusal, Map<String, String> labels) {
        if (refusal.errors().isEmpty()) {
            return refusal.getMessage();
        }
        String sentence = refusal.errors().stream().map(error -> {
            String message = error.message().strip();
            message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
            String label = labels.get(error.field());
            return label == null ? message : message + " (champ « " + label + " »)";
        }).collect(Collectors.joining(" ; ", "", "."));
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** One sentence in the person's language ({@code text}, a key of messages.properties) under {@code status}. */
    private Response answer(Response.Status status, String type, String text, Optional<HttpServletRequest> request) {
        ExceptionDto body = new ExceptionDto();
        body.setType(type);
        body.setMessage(Languages.text(request.map(languages::resolveLocale).orElse(Locale.FRENCH), text));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private Response conflict(Throwable exception, String text, Optional<HttpServletRequest> request) {
        Locale language = request.map(languages::resolveLocale).orElse(Locale.FRENCH);
        ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(exception);
        body.setMessage(Languages.text(language, text));
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The first of the exception's causes (itself included) of a type. */
    static <T extends Throwable> Optional<T> cause(Throwable exception, Class<T> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
