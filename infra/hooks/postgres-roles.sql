-- The owner/application role split of scripts/postgres-setup.sh on Azure Database for PostgreSQL, where roles are
-- Microsoft Entra principals and nobody is superuser. Run by postgres-roles.sh as the server's Entra administrator,
-- connected to database postgres, with psql variables database, owner_role, owner_oid, app_role, app_oid. Idempotent.
--   owner role (owner_oid, the schema-owner identity): owns the database and every object in it, runs the migrations
--       at the app's start-up (ConnectionStrings:PostgresMigrations).
--   application role (app_oid, the app identity): what the app connects as (ConnectionStrings:Postgres); owns
--       nothing, is not a member of the owner, DML rights only, so row-level security applies to it. The app refuses to
--       start otherwise (MigrationRunner.VerifyApplicationRoleAsync).
\set ON_ERROR_STOP on

-- The two roles, each mapped to its managed identity's object id (type service), neither an administrator.
SELECT pgaadauth_create_principal_with_oid(:'owner_role', :'owner_oid', 'service', false, false)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner_role');
SELECT pgaadauth_create_principal_with_oid(:'app_role', :'app_oid', 'service', false, false)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_role');
-- Membership would give the application role the owner's rights (and take it past the contacts policy).
SELECT format('REVOKE %I FROM %I', :'owner_role', :'app_role') WHERE pg_has_role(:'app_role', :'owner_role', 'MEMBER') \gexec

-- What only the owner may do (own the database, set its own default privileges) the administrator does as the owner:
-- it becomes a member for the duration, and postgres-roles.sh revokes that at the end, even after a failure.
SELECT format('GRANT %I TO CURRENT_USER', :'owner_role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'owner_role')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'database', :'owner_role') \gexec

\connect :"database"
-- Allow-listed on the server (azure.extensions, modules/postgres.bicep); created by an administrator.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SET ROLE :"owner_role";
-- application role grants (as scripts/postgres-setup.sh): on what exists, and through the owner's default privileges
-- on what the migrations create.
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"app_role";
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
SELECT format('GRANT EXECUTE ON ROUTINE %s TO %I', p.oid::regprocedure, :'app_role')
FROM pg_proc p
WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = :'owner_role'::regrole
  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') \gexec
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO :"app_role";
RESET ROLE;
