#!/usr/bin/env bash
# Makes a local PostgreSQL server ready for VioConcierge: installs it from Debian's packages when missing, starts it,
# and creates the two roles and the database. Idempotent; also upgrades a database made by the earlier single-role
# set-up (tables owned by the application role). Prints nothing secret. Usage: scripts/postgres-setup.sh [database]
#
#   owner role (VIO_DB_OWNER, vioconcierge_owner): owns the database and every object in it, runs the migrations
#       (ConnectionStrings:PostgresMigrations); LOGIN CREATEDB (the tests and the bench create their own databases
#       with it), NOSUPERUSER NOBYPASSRLS.
#   application role (VIO_DB_ROLE, vioconcierge): what the host connects as (ConnectionStrings:Postgres); LOGIN
#       NOSUPERUSER NOBYPASSRLS, owns nothing, DML rights only. Row-level security applies to it because it does not
#       own the tables. (A role made by an earlier version of this script keeps the CREATEDB it had then.)
#
# Grants are per database (default privileges are stored per database): the "application role grants" below are what
# every database of the app needs before its first migration; the test and bench harnesses run the same statements as
# the owner on the databases they create (ApplicationRoleGrants.cs), and production provisioning must too.
set -euo pipefail

DB_NAME="${1:-${VIO_DB_NAME:-vioconcierge}}"
DB_ROLE="${VIO_DB_ROLE:-vioconcierge}"
DB_PASSWORD="${VIO_DB_PASSWORD:-vioconcierge-local}"
DB_OWNER="${VIO_DB_OWNER:-vioconcierge_owner}"
DB_OWNER_PASSWORD="${VIO_DB_OWNER_PASSWORD:-vioconcierge-owner-local}"
DB_PORT="${VIO_DB_PORT:-5432}"

for name in "$DB_NAME" "$DB_ROLE" "$DB_OWNER"; do
    if ! [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]]; then
        echo "Names must be lower-case identifiers (got '$name')." >&2
        exit 2
    fi
done
if [ "$DB_ROLE" = "$DB_OWNER" ]; then
    echo "The application role and the owner role must differ." >&2
    exit 2
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi; }
psql_as_postgres() { as_postgres psql -p "$DB_PORT" -v ON_ERROR_STOP=1 -q "$@"; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "Installing PostgreSQL from the distribution's packages..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
fi

PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^${PG_VERSION} main$"; then
    as_root pg_createcluster "$PG_VERSION" main --port "$DB_PORT" >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
    as_root pg_ctlcluster "$PG_VERSION" main start
fi

for _ in $(seq 1 30); do
    as_postgres psql -p "$DB_PORT" -qtAc "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done

psql_as_postgres <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_OWNER}') THEN
        CREATE ROLE ${DB_OWNER} LOGIN PASSWORD '${DB_OWNER_PASSWORD}' NOSUPERUSER NOBYPASSRLS CREATEDB;
    ELSE
        ALTER ROLE ${DB_OWNER} LOGIN PASSWORD '${DB_OWNER_PASSWORD}' NOSUPERUSER NOBYPASSRLS CREATEDB;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_ROLE}') THEN
        CREATE ROLE ${DB_ROLE} LOGIN PASSWORD '${DB_PASSWORD}' NOSUPERUSER NOBYPASSRLS NOCREATEDB;
    ELSE
        ALTER ROLE ${DB_ROLE} LOGIN PASSWORD '${DB_PASSWORD}' NOSUPERUSER NOBYPASSRLS;
    END IF;
    -- Membership would give the application role the owner's rights (and take it past the contacts policy).
    IF pg_has_role('${DB_ROLE}', '${DB_OWNER}', 'MEMBER') THEN
        REVOKE ${DB_OWNER} FROM ${DB_ROLE};
    END IF;
END \$\$;
-- The owner drops the per-run test and bench databases WITH (FORCE), which ends the application role's connections.
GRANT pg_signal_backend TO ${DB_OWNER};
SQL

if ! as_postgres psql -p "$DB_PORT" -qtAc "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'" | grep -q 1; then
    as_postgres createdb -p "$DB_PORT" -O "$DB_OWNER" "$DB_NAME"
fi

# In the database: hand over what the single-role set-up left to the application role (the database, tables,
# sequences, views and functions of schema public; ALTER ... OWNER keeps them and their data as they are), then
# grant the application role its rights on what exists and, through default privileges, on what the owner creates.
psql_as_postgres -d "$DB_NAME" <<SQL
ALTER DATABASE ${DB_NAME} OWNER TO ${DB_OWNER};
DO \$\$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT c.oid::regclass AS relation FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = '${DB_ROLE}'::regrole
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          -- sequences owned by a column follow their table
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', r.relation, '${DB_OWNER}');
    END LOOP;
    FOR r IN
        SELECT p.oid::regprocedure AS routine FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = '${DB_ROLE}'::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.routine, '${DB_OWNER}');
    END LOOP;
END \$\$;
-- application role grants
GRANT CONNECT, TEMPORARY ON DATABASE ${DB_NAME} TO ${DB_ROLE};
GRANT USAGE ON SCHEMA public TO ${DB_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${DB_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${DB_ROLE};
DO \$\$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT p.oid::regprocedure AS routine FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = '${DB_OWNER}'::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO %I', r.routine, '${DB_ROLE}');
    END LOOP;
END \$\$;
ALTER DEFAULT PRIVILEGES FOR ROLE ${DB_OWNER} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${DB_ROLE};
ALTER DEFAULT PRIVILEGES FOR ROLE ${DB_OWNER} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${DB_ROLE};
ALTER DEFAULT PRIVILEGES FOR ROLE ${DB_OWNER} IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${DB_ROLE};
SQL
echo "PostgreSQL ${PG_VERSION} ready on port ${DB_PORT}: database ${DB_NAME} owned by ${DB_OWNER}, application role ${DB_ROLE}."
