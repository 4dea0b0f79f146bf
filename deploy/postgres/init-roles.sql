-- Zorgroute's two database roles (docs/security.md, "Database roles and row-level security").
-- The postgres image runs this once, as its superuser, when the data directory is new.
-- The owner runs the migrations; the app role (web, worker, beat) may only read and write rows,
-- under row-level security. Neither is a superuser or bypasses row-level security.
\set ON_ERROR_STOP on
\set owner_password `cat /run/secrets/db_owner_password`
\set app_password `cat /run/secrets/db_app_password`

CREATE ROLE zorgroute LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE zorgroute_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE zorgroute OWNER zorgroute;

\connect zorgroute
REVOKE ALL ON DATABASE zorgroute FROM PUBLIC;
GRANT CONNECT ON DATABASE zorgroute TO zorgroute_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO zorgroute_app;
-- Every table and sequence the owner's migrations create from now on.
ALTER DEFAULT PRIVILEGES FOR ROLE zorgroute IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zorgroute_app;
ALTER DEFAULT PRIVILEGES FOR ROLE zorgroute IN SCHEMA public
    GRANT USAGE ON SEQUENCES TO zorgroute_app;
