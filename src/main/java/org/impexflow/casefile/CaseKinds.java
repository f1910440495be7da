package org.impexflow.casefile;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.stereotype.Component;

/**
 * The kinds of case the register holds, found from the procedures' entities (each extends {@link CaseFile}
 * and names its kind with {@code @DiscriminatorValue}), and the labels of their statuses: a procedure's
 * entity reads its status typed, {@code getStatus()}, as an enum whose {@code label(Locale)} names it. The
 * same for the events of its timeline ({@link CaseEvent}, same {@code @DiscriminatorValue}): {@code getKind()}
 * typed as an enum with {@code label(Locale)}; a procedure whose events have no kind of their own records the
 * status each one set. A new procedure's cases are thus listed and labelled by pages that read the register,
 * with nothing to add there.
 */
@Component
public class CaseKinds {

    /** Kind → the enum of its statuses (null when the procedure's entity has none with labels). */
    private final Map<String, Class<?>> statuses = new TreeMap<>();
    /** Kind → the enum of its events' kinds (absent when its events are the statuses they set). */
    private final Map<String, Class<?>> events = new TreeMap<>();

    CaseKinds(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.getMetamodel().getEntities().stream().map(type -> type.getJavaType())
                .filter(type -> type.isAnnotationPresent(DiscriminatorValue.class)).forEach(type -> {
                    String kind = type.getAnnotation(DiscriminatorValue.class).value();
                    if (CaseFile.class.isAssignableFrom(type)) {
                        statuses.put(kind, typedAs(type, "getStatus"));
                    } else if (TypedCaseEvent.class.isAssignableFrom(type)) {
                        events.put(kind, TypedCaseEvent.typeArgument(type, 0));
                    }
                });
    }

    /** The kinds of case, e.g. {@code EXPORT_DECLARATION}, in alphabetical order. */
    public Set<String> kinds() {
        return statuses.keySet();
    }

    /** The label of a status of a kind of case in a language; the code itself when the procedure gives none. */
    public String statusLabel(String kind, String code, Locale language) {
        return label(statuses.get(kind), code, language);
    }

    /**
     * What an event of a case's timeline says, in a language: the label of its kind and the label of the status
     * it set (null when it set none, or when its kind is that status).
     */
    public EventLabel eventLabel(String kind, CaseEvent event, Locale language) {
        String status = event.getStatusCode() == null ? null : statusLabel(kind, event.getStatusCode(), language);
        Class<?> eventKinds = events.get(kind);
        return eventKinds == null ? new EventLabel(statusLabel(kind, event.getKindCode(), language), null)
                : new EventLabel(label(eventKinds, event.getKindCode(), language), status);
    }

    /** An event as the timeline shows it: what happened, and the status it set if it is not what happened. */
    public record EventLabel(String what, String status) {
    }

    private static String label(Class<?> type, String code, Locale language) {
        if (type == null || code == null) {
            return code;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(code)) {
                try {
                    return (String) type.getMethod("label", Locale.class).invoke(constant, language);
                } catch (ReflectiveOperationException | ClassCastException noLabel) {
                    return code;
                }
            }
        }
        return code;
    }

    private static Class<?> typedAs(Class<?> entity, String getterName) {
        try {
            Method getter = entity.getMethod(getterName);
            Class<?> type = getter.getReturnType();
            return type.isEnum() ? type : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }
}
