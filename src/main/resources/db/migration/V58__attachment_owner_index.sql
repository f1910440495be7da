-- a person's files not yet joined to a case: the page /pieces-jointes lists them, and every upload counts
-- them against its limit (impexflow.attachments.*)
CREATE INDEX ix_attachment_owner ON attachment (owner_user_id, uploaded_at);
