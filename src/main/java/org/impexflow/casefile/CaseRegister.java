package org.impexflow.casefile;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register read whatever the kind of case: a case by its id or its process, and its timeline. */
@Service
@Transactional(readOnly = true)
public class CaseRegister {

    private final EntityManager entityManager;

    CaseRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The case, as its procedure's entity. */
    public Optional<CaseFile> find(long id) {
        return Optional.ofNullable(entityManager.find(CaseFile.class, id));
    }

    /** The case that bears this number. */
    public Optional<CaseFile> byNumber(String number) {
        return entityManager.createQuery("select c from CaseFile c where c.number = :number", CaseFile.class)
                .setParameter("number", number).getResultList().stream().findFirst();
    }

    /** The case a process instance handles, if it handles one. */
    public Optional<CaseFile> ofProcess(String processInstanceId) {
        return entityManager.createQuery("select c from CaseFile c where c.processInstanceId = :process",
                CaseFile.class).setParameter("process", processInstanceId).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    /** The cases a person filed, the latest first (their "Mes données"). */
    public List<CaseFile> filedBy(String userId) {
        return entityManager.createQuery("select c from CaseFile c where c.filedBy = :user order by c.filedAt desc,"
                + " c.id desc", CaseFile.class).setParameter("user", userId).getResultList();
    }

    /** The case's timeline, oldest first, as its procedure's events. */
    public List<CaseEvent> timeline(long caseId) {
        return entityManager.createQuery("select e from CaseEvent e where e.caseId = :id order by e.occurredAt, e.id",
                CaseEvent.class).setParameter("id", caseId).getResultList();
    }

    /** The later versions that amend this case (a DEC of a declaration), in the order they were filed. */
    public List<CaseFile> amendments(long caseId) {
        return entityManager.createQuery("select c from CaseFile c join c.amendedCases a where a.id = :id"
                + " order by c.filedAt, c.id", CaseFile.class).setParameter("id", caseId).getResultList();
    }
}
