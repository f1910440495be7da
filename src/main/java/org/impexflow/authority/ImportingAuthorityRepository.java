package org.impexflow.authority;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportingAuthorityRepository extends JpaRepository<ImportingAuthority, String> {
}
