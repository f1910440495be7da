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
 * entity reads its status typed, {@code getStatus()}, as an enum whose {@code label(Locale)} names it. A new
 * procedure's cases are thus listed and labelled by pages that read the register, with nothing to add there.
 */
@Component
public class CaseKinds {

    /** Kind → the enum of its statuses (null when the procedure's entity has none with labels). */
    private final Map<String, Class<?>> statuses = new TreeMap<>();

    CaseKinds(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.getMetamodel().getEntities().stream().map(type -> type.getJavaType())
                .filter(type -> CaseFile.class.isAssignableFrom(type) && type != CaseFile.class)
                .filter(type -> type.isAnnotationPresent(DiscriminatorValue.class))
                .forEach(type -> statuses.put(type.getAnnotation(DiscriminatorValue.class).value(), statusEnum(type)));
    }

    /** The kinds of case, e.g. {@code EXPORT_DECLARATION}, in alphabetical order. */
    public Set<String> kinds() {
        return statuses.keySet();
    }

    /** The label of a status of a kind of case in a language; the code itself when the procedure gives none. */
    public String statusLabel(String kind, String code, Locale language) {
        Class<?> type = statuses.get(kind);
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

    private static Class<?> statusEnum(Class<?> entity) {
        try {
            Method getter = entity.getMethod("getStatus");
            Class<?> type = getter.getReturnType();
            return type.isEnum() ? type : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }
}
