package org.impexflow.administration;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The audit log of the reference data: append and read only. Deliberately a bare {@link Repository}, not a
 * {@code CrudRepository}: there is no delete and no way to save an existing row again.
 */
public interface ReferenceChanges extends Repository<ReferenceChange, Long> {

    /** Appends a new change (an entity without id: {@link ReferenceChange} rows are never updated). */
    ReferenceChange save(ReferenceChange change);

    /** The last changes of a subject, newest first. */
    List<ReferenceChange> findTop30BySubjectOrderByChangedAtDescIdDesc(String subject);

    /** Every change of one row of a subject, oldest first. */
    List<ReferenceChange> findBySubjectAndSubjectKeyOrderByIdAsc(String subject, String subjectKey);
}
