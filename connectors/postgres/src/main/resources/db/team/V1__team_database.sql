-- ProfileLens team database, schema version 1. Run by Flyway as the schema owner (profilelens_owner);
-- the roles come from setup.sql. ${flyway:defaultSchema} is the ProfileLens schema (default "profilelens").
DO $$
BEGIN
    IF (SELECT count(*) FROM pg_roles
        WHERE rolname IN ('profilelens_viewer', 'profilelens_editor', 'profilelens_admin')) <> 3 THEN
        RAISE EXCEPTION 'the roles profilelens_viewer, profilelens_editor and profilelens_admin are missing: '
            'run setup.sql as a superuser first';
    END IF;
END $$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO profilelens_viewer;
GRANT SELECT ON ${flyway:table} TO profilelens_viewer;

-- Every write made through ProfileLens by anyone. Recorded as 'unconfirmed' before the game data write, then set
-- to 'done' (with the new version) or 'failed' by the same database user; never deleted.
CREATE TABLE audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    time_ms        bigint NOT NULL,
    os_user        text NOT NULL,
    display_name   text NOT NULL,
    db_user        text NOT NULL DEFAULT session_user,
    connection     text NOT NULL,
    universe       text NOT NULL,
    store          text NOT NULL,
    scope          text NOT NULL,
    entry_key      text NOT NULL,
    version_before text,
    version_after  text NOT NULL,
    action         text NOT NULL,
    patch          json NOT NULL,
    changes        json NOT NULL,
    reason         text NOT NULL,
    batch          text NOT NULL,
    status         text NOT NULL CHECK (status IN ('unconfirmed', 'done', 'failed')),
    recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at    timestamptz
);
CREATE INDEX audit_log_key ON audit_log (entry_key, id);
CREATE INDEX audit_log_os_user ON audit_log (os_user, id);
CREATE INDEX audit_log_display_name ON audit_log (display_name, id);
CREATE INDEX audit_log_batch ON audit_log (batch, id) WHERE batch <> '';
CREATE INDEX audit_log_time ON audit_log (time_ms);

-- The database decides who wrote a row and which changes are allowed, not the client.
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.db_user := session_user;
        NEW.recorded_at := clock_timestamp();
        NEW.finished_at := CASE WHEN NEW.status = 'unconfirmed' THEN NULL ELSE clock_timestamp() END;
        RETURN NEW;
    END IF;
    IF OLD.status <> 'unconfirmed' THEN
        RAISE EXCEPTION 'audit entry % already has its outcome (%)', OLD.id, OLD.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.db_user <> session_user THEN
        RAISE EXCEPTION 'audit entry % was recorded by %, not %', OLD.id, OLD.db_user, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.finished_at := clock_timestamp();
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_guard BEFORE INSERT OR UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_guard();

-- Live updates: every recorded or finished write is announced on the schema's channel with its id.
CREATE FUNCTION audit_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('profilelens_audit_' || TG_TABLE_SCHEMA, NEW.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER audit_log_notify AFTER INSERT OR UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_notify();

GRANT SELECT ON audit_log TO profilelens_viewer;
GRANT INSERT ON audit_log TO profilelens_editor;
GRANT UPDATE (status, version_after) ON audit_log TO profilelens_editor;

-- The shared MetaTag/path index: one scan per (source, spec), rows per profile and per (path, profile) value.
CREATE TABLE index_scan (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    spec        text NOT NULL,
    cursor      text,
    done        bigint NOT NULL,
    total       bigint NOT NULL,
    finished    boolean NOT NULL,
    generation  bigint NOT NULL DEFAULT 1,
    started_by  text NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE index_path (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scan_id bigint NOT NULL REFERENCES index_scan ON DELETE CASCADE,
    path    text COLLATE "C" NOT NULL,
    UNIQUE (scan_id, path)
);
CREATE TABLE index_profile (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scan_id    bigint NOT NULL REFERENCES index_scan ON DELETE CASCADE,
    scope      text COLLATE "C" NOT NULL,
    key        text COLLATE "C" NOT NULL,
    version    text NOT NULL,
    kind       text NOT NULL,
    updated_ms bigint NOT NULL,
    seen_gen   bigint NOT NULL,
    UNIQUE (scan_id, scope, key)
);
CREATE TABLE index_value (
    path_id    bigint NOT NULL REFERENCES index_path ON DELETE CASCADE,
    profile_id bigint NOT NULL REFERENCES index_profile ON DELETE CASCADE,
    type       smallint NOT NULL,
    num        double precision,
    text       text COLLATE "C" NOT NULL,
    PRIMARY KEY (path_id, profile_id)
);
CREATE INDEX index_value_profile ON index_value (profile_id);
CREATE INDEX index_value_num ON index_value (path_id, num) INCLUDE (profile_id);
CREATE INDEX index_value_text ON index_value (path_id, text, type) INCLUDE (profile_id);

GRANT SELECT ON index_scan, index_path, index_profile, index_value TO profilelens_viewer;
GRANT INSERT, UPDATE, DELETE ON index_scan, index_path, index_profile, index_value TO profilelens_editor;

-- Shared connection profiles (never API keys) and per-store templates, managed by admins.
CREATE TABLE connection_profile (
    name         text PRIMARY KEY,
    universe     text NOT NULL,
    colour       text NOT NULL,
    safety_level text NOT NULL,
    updated_by   text NOT NULL DEFAULT session_user,
    updated_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE store_template (
    universe   text NOT NULL,
    store      text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('update', 'key')),
    name       text NOT NULL,
    body       text NOT NULL,
    updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (universe, store, kind, name)
);
GRANT SELECT ON connection_profile, store_template TO profilelens_viewer;
GRANT INSERT, UPDATE, DELETE ON connection_profile, store_template TO profilelens_admin;
