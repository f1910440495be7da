-- The report of the JARE workbook a person last checked on the operator's annual declaration page,
-- as the workbook to download (Rapport-JARE-<year>.xlsx): one row per operator, year and person,
-- replaced by the next check. The report lists at most 1,000 findings, so a row stays small (tens of
-- KB); the uploaded workbook itself is not kept, nor anything of it in the HTTP session.
CREATE TABLE annual_declaration_check (
    establishment_id BIGINT                   NOT NULL REFERENCES narcotics_operator (establishment_id),
    declared_year    INTEGER                  NOT NULL,
    user_id          VARCHAR(255)             NOT NULL,
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    report           BYTEA                    NOT NULL,
    PRIMARY KEY (establishment_id, declared_year, user_id)
);
