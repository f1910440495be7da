package org.impexflow.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every error answered by the application, instead of Spring Boot's default page: a page of ours in
 * the person's language with a way back to their work ({@code /accueil}), or JSON with a French or
 * English message for the REST APIs and callers that ask for JSON. No stack trace, no exception text;
 * only a reason written for people ({@link ResponseStatusException}, in French) on French pages.
 */
@Controller
record ErrorPages(MessageSource messages, ErrorAttributes errors) implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        String kind = kind(status, request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        String title = messages.getMessage("error." + kind + ".title", null, locale);
        String text = messages.getMessage("error." + kind + ".text", null, locale);
        if (wantsJson(request, path)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("timestamp", Instant.now().toString());
            body.put("status", status);
            body.put("error", title);
            body.put("message", text);
            body.put("path", path);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("title", title);
        model.addAttribute("text", text);
        if ("fr".equals(locale.getLanguage())
                && errors.getError(new ServletWebRequest(request)) instanceof ResponseStatusException refusal
                && refusal.getReason() != null && status < 500) {
            model.addAttribute("reason", refusal.getReason());
        }
        return "error/page";
    }

    private static String kind(int status, boolean csrf) {
        if (csrf) {
            return "csrf";
        }
        return switch (status) {
            case 400, 401, 403, 404, 405, 413, 429 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
    }

    /** The REST APIs, and callers that ask for JSON rather than a page. */
    private static boolean wantsJson(HttpServletRequest request, String path) {
        if (path.startsWith("/engine-rest") || path.startsWith("/api/") || path.startsWith("/camunda/api/")
                || path.startsWith("/actuator")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().noneMatch(t -> t.includes(MediaType.TEXT_HTML)
                    && !t.isWildcardType()) && MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType());
        } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
            return false;
        }
    }
}
