#!/usr/bin/env bash
# Makes a local PostgreSQL server ready for VioConcierge: installs it from Debian's packages when missing,
# starts it, and creates the application role (no superuser, no BYPASSRLS; may create databases) and database.
# Idempotent. Prints nothing secret. Usage: scripts/postgres-setup.sh [database]
set -euo pipefail

DB_NAME="${1:-${VIO_DB_NAME:-vioconcierge}}"
DB_ROLE="${VIO_DB_ROLE:-vioconcierge}"
DB_PASSWORD="${VIO_DB_PASSWORD:-vioconcierge-local}"
DB_PORT="${VIO_DB_PORT:-5432}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi; }

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

as_postgres psql -p "$DB_PORT" -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_ROLE}') THEN
        CREATE ROLE ${DB_ROLE} LOGIN PASSWORD '${DB_PASSWORD}' NOSUPERUSER NOBYPASSRLS CREATEDB;
    ELSE
        ALTER ROLE ${DB_ROLE} LOGIN PASSWORD '${DB_PASSWORD}' NOSUPERUSER NOBYPASSRLS CREATEDB;
    END IF;
END \$\$;
SQL
if ! as_postgres psql -p "$DB_PORT" -qtAc "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'" | grep -q 1; then
    as_postgres createdb -p "$DB_PORT" -O "$DB_ROLE" "$DB_NAME"
fi
echo "PostgreSQL ${PG_VERSION} ready on port ${DB_PORT}: database ${DB_NAME}, role ${DB_ROLE}."
