package org.impexflow.validation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * On {@code /engine-rest}, a refusal that the engine wrapped (a task listener's, answered by Camunda
 * as "Cannot complete task …: ENGINE-03051 … TaskListener …" with a 500) answers 400 as an unwrapped
 * one does. Any other error is answered as Camunda does. Ahead of Camunda's mapper of the same type.
 */
@Priority(1)
class WrappedRefusalMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        return WebappEngineErrors.cause(exception, InvalidInputException.class).or(() -> EngineMisuse.of(exception))
                .map(refusal -> InvalidInputExceptionMapper.badRequest(refusal, refusal.getMessage()))
                .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
}
