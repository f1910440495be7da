package org.impexflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** What the webapps' engine API answers for the engine errors that a person meets in Tasklist. */
class WebappEngineErrorsTests {

    private final WebappEngineErrors errors = new WebappEngineErrors(new DeployedFormLabels(null), languages());

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aConcurrentUpdateReadsAsOneSentenceInThePersonsLanguage() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[42]' failed. Entity was "
                        + "updated by another transaction concurrently."), "Cannot submit task form 42: ENGINE-03005 …");

        Response french = errors.toResponse(wrapped);
        assertThat(french.getStatus()).isEqualTo(409);
        assertThat(((ExceptionDto) french.getEntity()).getMessage()).isEqualTo("Ce dossier a été modifié au même "
                + "moment par une autre personne ou par une étape automatique : rien n'a été enregistré. Rechargez la "
                + "tâche et recommencez.");

        inEnglish();
        assertThat(((ExceptionDto) errors.toResponse(wrapped).getEntity()).getMessage()).isEqualTo("This case was "
                + "changed at the same moment by someone else or by an automatic step: nothing was saved. Reload the "
                + "task and try again.");
    }

    /**
     * The register's rows changed by another transaction as the engine's commits (two amendments of one
     * version validated at the same moment, ExportDeclarationProcessTests): as JPA and Spring reported them.
     */
    @Test
    void aConcurrentChangeOfTheRegisterReadsAsTheSameSentence() {
        for (RuntimeException concurrent : List.of(
                new org.springframework.dao.CannotAcquireLockException("could not execute statement",
                        new org.hibernate.exception.LockAcquisitionException("Deadlock detected", null)),
                new jakarta.persistence.OptimisticLockException("Row was updated or deleted by another transaction"),
                new org.springframework.orm.ObjectOptimisticLockingFailureException("CaseFile", 42L))) {
            Response answer = errors.toResponse(concurrent);
            assertThat(answer.getStatus()).as(concurrent.getClass().getName()).isEqualTo(409);
            assertThat(((ExceptionDto) answer.getEntity()).getMessage()).startsWith("Ce dossier a été modifié au même "
                    + "moment");
        }
    }

    @Test
    void aRefusalWrappedByTheEngineIsUnwrapped() {
        InvalidInputException refusal = new InvalidInputException("Refusé.",
                List.of(new FieldError("siret", "N° SIRET invalide.")));
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener.",
                        refusal), "Cannot submit task form 42: ENGINE-03051 …");

        Response answer = errors.toResponse(wrapped);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((Map<?, ?>) answer.getEntity()).get("message")).isEqualTo("N° SIRET invalide.");
    }

    @Test
    void eachFieldAtFaultIsNamedByItsLabelInOneSentence() {
        InvalidInputException refusal = new InvalidInputException("La décision ne peut pas être enregistrée.", List.of(
                new FieldError("reviewDecision", "valeur inconnue « X »"),
                new FieldError("reviewComment", "obligatoire : précisez le complément attendu."),
                new FieldError("startInstructions", "un dossier commence au début de son processus")));

        assertThat(WebappEngineErrors.sentence(refusal, Map.of("reviewDecision", "Décision",
                "reviewComment", "Motifs"))).isEqualTo("Valeur inconnue « X » (champ « Décision ») ; obligatoire : "
                        + "précisez le complément attendu (champ « Motifs ») ; un dossier commence au début de son "
                        + "processus.");
    }

    @Test
    void otherEngineErrorsAreAnsweredAsCamundaDoes() {
        Response answer = errors.toResponse(new RestException(Response.Status.NOT_FOUND, "No matching task with id 42"));

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo("No matching task with id 42");
    }

    private static CookieLocaleResolver languages() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("impexflow.language");
        resolver.setDefaultLocale(java.util.Locale.FRENCH);
        return resolver;
    }

    private static void inEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie("impexflow.language", "en"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
