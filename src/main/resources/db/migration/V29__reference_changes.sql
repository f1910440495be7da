-- The audit log of the reference data's changes (docs/operations.md, "Keeping the reference data current"):
-- who changed what, when, the value before and after, and why. The application only inserts and reads
-- these rows (administration.ReferenceChanges): no page, endpoint or method changes or deletes one.
-- subject: what was changed (country_membership…); subject_key: which one ("HR SCHENGEN 2023-01-01");
-- before_value / after_value: NULL for a row that did not exist before / a row removed.
CREATE TABLE reference_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(255)  NOT NULL,
    subject      VARCHAR(60)   NOT NULL,
    subject_key  VARCHAR(200)  NOT NULL,
    before_value VARCHAR(2000),
    after_value  VARCHAR(2000),
    reason       VARCHAR(2000) NOT NULL,
    CHECK (reason <> '')
);
CREATE INDEX reference_change_subject ON reference_change (subject, changed_at);
