package org.impexflow.verification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationCodeRepository extends JpaRepository<VerificationCode, String> {

    Optional<VerificationCode> findBySubjectTypeAndSubjectId(String subjectType, Long subjectId);
}
