package org.impexflow.dashboard;

import java.time.Instant;
import java.util.List;

/** What the analysts' dashboard shows, computed from the engine's history. */
public record DashboardFigures(long filed, long decided, long pending, Double medianDays, Double p90Days,
        long overdueReviews, long openIncidents, List<MonthRow> byMonth, List<IncidentRow> incidents,
        Instant computedAt) {

    /**
     * Cases of one type filed in one month ({@code yyyy-MM}), and what became of them; a kind of case without
     * type (an annual narcotics declaration) has none, and the page names its {@code kind}.
     */
    public record MonthRow(String month, String type, String kind, long filed, long decided, long pending,
            Double medianDays) {
    }

    /** Open incidents of one step of one process. */
    public record IncidentRow(String process, String activity, String type, long count) {
    }
}
