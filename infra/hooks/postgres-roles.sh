#!/usr/bin/env bash
# Sets up PostgreSQL for the app (postgres-roles.sql: the database, the owner and application roles mapped to the two
# managed identities, their grants) as the server's Microsoft Entra administrator, the deploying principal: signs in
# with an Entra access token from the Azure CLI (no password exists), through a firewall rule for this machine's
# address that is removed again at the end. Needs az and psql; Bicep outputs come from the azd environment.
# VIO_CLIENT_IP overrides the address the firewall rule lets in (default: this machine's public address).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

: "${AZURE_RESOURCE_GROUP:?}" "${AZURE_POSTGRES_SERVER_NAME:?}" "${AZURE_POSTGRES_HOST:?}" "${AZURE_POSTGRES_DATABASE:?}"
: "${AZURE_POSTGRES_ADMIN_NAME:?}" "${AZURE_POSTGRES_APP_ROLE:?}" "${AZURE_POSTGRES_OWNER_ROLE:?}"
: "${AZURE_APP_IDENTITY_PRINCIPAL_ID:?}" "${AZURE_OWNER_IDENTITY_PRINCIPAL_ID:?}"
command -v psql >/dev/null || { echo "psql (the PostgreSQL client) is needed: apt-get install postgresql-client" >&2; exit 1; }

server=(--resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_POSTGRES_SERVER_NAME")
rule="postprovision-$(openssl rand -hex 4)"
ip="${VIO_CLIENT_IP:-$(curl -fsS https://api.ipify.org)}"

export PGHOST="$AZURE_POSTGRES_HOST" PGPORT=5432 PGDATABASE=postgres PGUSER="$AZURE_POSTGRES_ADMIN_NAME" PGSSLMODE=require
PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken -o tsv)"
export PGPASSWORD

finish() {
    # The administrator keeps no membership in the owner role, and the server no rule for this machine.
    psql -q -X -c "REVOKE \"$AZURE_POSTGRES_OWNER_ROLE\" FROM CURRENT_USER" >/dev/null 2>&1 || true
    az postgres flexible-server firewall-rule delete "${server[@]}" --rule-name "$rule" --yes -o none || true
}
echo "Letting $ip through the PostgreSQL firewall while this runs (rule $rule)."
az postgres flexible-server firewall-rule create "${server[@]}" --rule-name "$rule" \
    --start-ip-address "$ip" --end-ip-address "$ip" -o none
trap finish EXIT

psql -q -X -v ON_ERROR_STOP=1 \
    -v database="$AZURE_POSTGRES_DATABASE" \
    -v owner_role="$AZURE_POSTGRES_OWNER_ROLE" -v owner_oid="$AZURE_OWNER_IDENTITY_PRINCIPAL_ID" \
    -v app_role="$AZURE_POSTGRES_APP_ROLE" -v app_oid="$AZURE_APP_IDENTITY_PRINCIPAL_ID" \
    -f "$here/postgres-roles.sql"
echo "PostgreSQL ready: database $AZURE_POSTGRES_DATABASE owned by $AZURE_POSTGRES_OWNER_ROLE, application role $AZURE_POSTGRES_APP_ROLE."
