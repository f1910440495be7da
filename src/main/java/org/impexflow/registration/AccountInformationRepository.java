package org.impexflow.registration;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountInformationRepository extends JpaRepository<AccountInformation, String> {
}
