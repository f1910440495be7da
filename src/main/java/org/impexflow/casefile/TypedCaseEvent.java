package org.impexflow.casefile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;

/**
 * A line of the timeline read typed: its kind and the status it set as the procedure's enums, named by the
 * type arguments of the procedure's event entity, e.g.
 * {@code class DeclarationEvent extends TypedCaseEvent<DeclarationEventKind, DeclarationStatus>}, which
 * needs nothing more than its {@code @Entity} and {@code @DiscriminatorValue}. A new line is made with
 * {@code new DeclarationEvent().of(caseId, kind, status, at, actor, detail)}. No state of its own: the
 * columns are {@link CaseEvent}'s.
 *
 * @param <K> the kinds of the procedure's events
 * @param <S> the procedure's statuses
 */
public abstract class TypedCaseEvent<K extends Enum<K>, S extends Enum<S>> extends CaseEvent {

    protected TypedCaseEvent() {
    }

    /** This event of a case: what happened, the status it set (null when none), when, who and why. */
    @SuppressWarnings("unchecked")
    public <E extends TypedCaseEvent<K, S>> E of(Long caseId, K kind, S status, Instant occurredAt, String actor,
            String detail) {
        record(caseId, kind, status, occurredAt, actor, detail);
        return (E) this;
    }

    public K getKind() {
        return Enum.valueOf(this.<K>typeArgument(0), getKindCode());
    }

    /** The status this event set, or null when it set none. */
    public S getStatus() {
        return getStatusCode() == null ? null : Enum.valueOf(this.<S>typeArgument(1), getStatusCode());
    }

    /** The enum that the entity (or the entity a proxy extends) names as the type argument {@code index}. */
    private <T extends Enum<T>> Class<T> typeArgument(int index) {
        return typeArgument(getClass(), index);
    }

    /** The enum an event entity class names as its kinds (0) or its statuses (1). */
    @SuppressWarnings("unchecked")
    static <T extends Enum<T>> Class<T> typeArgument(Class<?> entity, int index) {
        for (Class<?> type = entity; type != TypedCaseEvent.class; type = type.getSuperclass()) {
            Type parent = type.getGenericSuperclass();
            if (parent instanceof ParameterizedType p && p.getRawType() == TypedCaseEvent.class) {
                return (Class<T>) p.getActualTypeArguments()[index];
            }
        }
        throw new IllegalStateException(entity + " names no kinds and statuses of TypedCaseEvent");
    }
}
