package org.impexflow.establishment;

import org.springframework.data.jpa.repository.JpaRepository;

interface EstablishmentMemberRepository extends JpaRepository<EstablishmentMember, String> {
}
