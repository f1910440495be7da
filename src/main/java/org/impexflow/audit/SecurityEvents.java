package org.impexflow.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: failed logins, lock-outs, resets, membership requests and changes, role changes.
 * The source is the client address of the HTTP request being served (as the servlet container sees
 * it, forwarded headers honoured when configured), or {@value #SYSTEM_SOURCE} for jobs and timers.
 */
@Service
public class SecurityEvents {

    /** Source of events that no HTTP request caused (jobs, timers, start-up). */
    public static final String SYSTEM_SOURCE = "système";
    /** Actor of events caused by someone not logged in. */
    public static final String ANONYMOUS = "anonyme";

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEvents(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event in the caller's transaction: it is kept only if what it reports is kept. */
    @Transactional
    public void record(SecurityEventKind kind, String actor, String subject, String detail) {
        events.save(new SecurityEvent(clock.instant(), kind, actor == null ? ANONYMOUS : actor, subject,
                currentSource(), detail));
    }

    /**
     * Records an event in the caller's transaction, from a source read earlier: for work done after the
     * answer, outside the request that caused it.
     */
    @Transactional
    public void recordFrom(String source, SecurityEventKind kind, String actor, String subject, String detail) {
        events.save(new SecurityEvent(clock.instant(), kind, actor == null ? ANONYMOUS : actor, subject,
                source == null ? SYSTEM_SOURCE : source, detail));
    }

    /** Records an event that must stay even when the caller's work is rolled back (a refused login). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(SecurityEventKind kind, String actor, String subject, String detail) {
        record(kind, actor, subject, detail);
    }

    @Transactional(readOnly = true)
    public List<SecurityEvent> about(String subject) {
        return events.findBySubjectOrderByIdAsc(subject);
    }

    @Transactional(readOnly = true)
    public Page<SecurityEvent> latest(int page, int size) {
        return events.findAllByOrderByIdDesc(PageRequest.of(page, size));
    }

    /** One page of the log, newest first, for an account (subject or actor) and a kind, each optional. */
    @Transactional(readOnly = true)
    public Page<SecurityEvent> search(String account, SecurityEventKind kind, int page, int size) {
        return events.search(account == null || account.isBlank() ? null : account.trim(), kind,
                PageRequest.of(page, size));
    }

    /** The client address of the request being served, else {@value #SYSTEM_SOURCE}. */
    public static String currentSource() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return SYSTEM_SOURCE;
    }
}
