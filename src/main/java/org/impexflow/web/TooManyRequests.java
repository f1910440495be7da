package org.impexflow.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** A page refused by a per-address limit: 429, when to retry (header), and the minutes to wait (page). */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    /** Sets the answer's status, header and the page's {@code minutes}; returns {@code view}. */
    public static String answer(Duration wait, HttpServletResponse response, Model model, String view) {
        long seconds = wait.toSeconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        model.addAttribute("minutes", Math.max(1, (seconds + 59) / 60));
        return view;
    }
}
