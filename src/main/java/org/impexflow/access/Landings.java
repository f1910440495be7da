package org.impexflow.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * Where each person lands after login, and where our error pages lead back to ({@code /accueil}): the
 * landings the modules declare ({@link Landing}: a new declarant's complementary information, a
 * declarant's "Mes déclarations"), then by group: ANSM's reviewers, narcotics team and support in
 * Tasklist on their first filter, analysts in Cockpit, administrators in Admin,
 * administrators of reference data on the index of the reference lists. Nobody lands on a page
 * they may not open.
 */
@Component
public record Landings(List<Landing> declared, List<TasklistFilter> filters, FilterService filterService) {

    static final String TASKLIST = "/camunda/app/tasklist/default/";
    static final String COCKPIT = "/camunda/app/cockpit/default/";
    static final String ADMIN = "/camunda/app/admin/default/";
    static final String REFERENCE = "/ansm/referentiel";
    /** The groups whose work is in Tasklist, in the order a person of several groups is led there. */
    static final List<String> TASKLIST_GROUPS = List.of(Groups.REVIEWERS, Groups.NARCOTICS, Groups.SUPPORT);

    /** The page of the person's work, or "/" for someone without any (an API account). */
    public String of(CurrentUser user) {
        return Stream.concat(declared.stream(), byGroup().stream()).sorted(Comparator.comparingInt(Landing::order))
                .map(landing -> landing.where().apply(user)).flatMap(Optional::stream).findFirst().orElse("/");
    }

    private List<Landing> byGroup() {
        return List.of(new Landing(100, user -> TASKLIST_GROUPS.stream().filter(user::isMemberOf).findFirst()
                        .map(group -> firstFilter(group).map(id -> TASKLIST + "#/?filter=" + id).orElse(TASKLIST))),
                new Landing(200, user -> user.isMemberOf(Groups.ANALYSTS) ? Optional.of(COCKPIT) : Optional.empty()),
                new Landing(300, user -> user.isMemberOf(Groups.ADMINISTRATORS) ? Optional.of(ADMIN)
                        : Optional.empty()),
                new Landing(400, user -> user.isMemberOf(Groups.REFERENCE_ADMINS) ? Optional.of(REFERENCE)
                        : Optional.empty()));
    }

    /** The group's filter Tasklist lists first (lowest priority), by its id. */
    private Optional<String> firstFilter(String group) {
        return filters.stream().filter(f -> f.group().equals(group)).min(Comparator.comparingInt(TasklistFilter::priority))
                .map(f -> filterService.createFilterQuery().filterName(f.name()).singleResult()).map(Filter::getId);
    }
}
