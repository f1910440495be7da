package org.impexflow.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What the analysts' dashboard shows, computed from the engine's history. */
public record DashboardFigures(long filed, long decided, long pending, Double medianDays, Double p90Days,
        long overdueReviews, long openIncidents, List<MonthRow> byMonth, List<IncidentRow> incidents,
        Instant computedAt) {

    /** Cases of one type filed in one month, and what became of them. */
    public record MonthRow(String month, String type, long filed, long decided, long pending, Double medianDays) {
    }

    /** Open incidents of one step of one process. */
    public record IncidentRow(String process, String activity, String type, long count) {
    }

    public String getMedianDaysText() {
        return days(medianDays);
    }

    public String getP90DaysText() {
        return days(p90Days);
    }

    static String days(Double days) {
        return days == null ? "–" : String.format(Locale.FRANCE, "%.1f j", days);
    }
}
