package org.impexflow.validation;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused request on {@code /engine-rest} with 400 and the fields at fault. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return badRequest(exception, exception.getMessage());
    }

    /** 400 with {@code message} and the list of fields at fault, each with its own message. */
    static Response badRequest(InvalidInputException exception, String message) {
        List<Map<String, String>> fields = exception.errors().stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidInputException", "message", message, "errors", fields))
                .build();
    }
}
