package org.impexflow.casefile;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The earlier rounds of a case, as its review form shows them (read-only): what was asked and answered,
 * when and by whom, from the case's history in our register (never from process variables).
 */
public interface ReviewRoundHistory {

    /** The process whose tasks show these rounds. */
    String processKey();

    /** The Markdown of the earlier rounds, or an empty text on the first one. */
    String earlierRounds(DelegateExecution execution);

    /**
     * The rounds of a case whose timeline ({@code history}, oldest first) has requests of the kind
     * {@code request} and answers of the kind {@code answer}: nothing before a first request, then each request
     * and answer ({@link #markdown}). One bean of the procedure's module is its whole history of rounds.
     */
    static <E extends CaseEvent, K> ReviewRoundHistory of(String processKey,
            Function<DelegateExecution, List<E>> history, Function<E, K> kind, K request, K answer,
            Function<K, String> label) {
        return new ReviewRoundHistory() {
            @Override
            public String processKey() {
                return processKey;
            }

            @Override
            public String earlierRounds(DelegateExecution execution) {
                List<E> events = history.apply(execution);
                if (events.stream().noneMatch(e -> request.equals(kind.apply(e)))) {
                    return "";
                }
                return markdown(events, kind, Set.of(request, answer), label);
            }
        };
    }

    /**
     * "#### Tours précédents" and one line per event of the kinds given, oldest first, with its date,
     * who and its text (escaped): the usual way to write {@link #earlierRounds}.
     */
    static <E extends CaseEvent, K> String markdown(List<E> history, Function<E, K> kind, Set<K> kinds,
            Function<K, String> label) {
        StringBuilder md = new StringBuilder();
        for (E event : history) {
            K k = kind.apply(event);
            if (!kinds.contains(k)) {
                continue;
            }
            md.append("- **").append(Markdown.escape(CaseDates.dayTime(event.getOccurredAt()))).append("**, ")
                    .append(Markdown.escape(event.getActor())).append(" – **").append(Markdown.escape(label.apply(k)))
                    .append("**");
            if (event.getDetail() != null && !event.getDetail().isBlank()) {
                md.append(" : ").append(Markdown.escape(event.getDetail()));
            }
            md.append('\n');
        }
        return md.isEmpty() ? "" : "#### Tours précédents\n\n" + md;
    }
}
