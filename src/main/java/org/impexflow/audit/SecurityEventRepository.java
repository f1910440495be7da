package org.impexflow.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findBySubjectOrderByIdAsc(String subject);

    Page<SecurityEvent> findAllByOrderByIdDesc(Pageable page);
}
