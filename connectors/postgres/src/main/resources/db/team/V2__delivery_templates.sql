-- ProfileLens team database, schema version 2 (ADR 0212): the template editors keep a store's delivery template
-- (how an edit becomes a global update for a live profile) in the team catalog beside update and key templates.
ALTER TABLE store_template DROP CONSTRAINT store_template_kind_check;
ALTER TABLE store_template ADD CONSTRAINT store_template_kind_check
    CHECK (kind IN ('update', 'key', 'delivery'));
