package org.impexflow.reference;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CountryRepository extends JpaRepository<Country, String> {

    /** The country, its row locked until the transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Country c where c.code = :code")
    Optional<Country> lockByCode(String code);
}
