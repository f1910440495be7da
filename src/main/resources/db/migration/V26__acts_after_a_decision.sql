-- Acts after a decision (issue 18, invariant 2; docs/architecture.md, "Acts after a decision"): the act
-- that applies now to a case in force (withdrawal, suspension until a day, prohibition), since when, and
-- the status the case goes back to when a suspension ends. Who, why and the legal basis are in case_event.
ALTER TABLE case_file ADD COLUMN act VARCHAR(20);
ALTER TABLE case_file ADD COLUMN act_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file ADD COLUMN act_until DATE;
ALTER TABLE case_file ADD COLUMN status_before_act VARCHAR(30);
