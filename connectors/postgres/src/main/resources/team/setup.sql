-- ProfileLens team database: roles and database. Run once, as a PostgreSQL superuser, with psql:
--   psql -h HOST -U postgres -v db=profilelens -v password='OWNER-PASSWORD' -f setup.sql
-- Then add one login per teammate, e.g.
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE profilelens_editor;
-- The tables are created by ProfileLens itself (Flyway migrations) the first time profilelens_owner connects
-- (profilelens team init --url ... , see README "Team database").
\set ON_ERROR_STOP on

-- Owns the schema and runs the migrations; nobody works day to day as this role.
CREATE ROLE profilelens_owner LOGIN PASSWORD :'password';
-- Reads the audit log, the index, the shared connection profiles and templates. Cannot record writes, so its
-- ProfileLens is read-only.
CREATE ROLE profilelens_viewer NOLOGIN;
-- Records writes in the audit log (and so may write game data), runs scans into the shared index.
CREATE ROLE profilelens_editor NOLOGIN IN ROLE profilelens_viewer;
-- Manages the shared connection profiles and the per-store templates.
CREATE ROLE profilelens_admin NOLOGIN IN ROLE profilelens_editor;

CREATE DATABASE :"db" OWNER profilelens_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO profilelens_viewer;
