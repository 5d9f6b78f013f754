#!/usr/bin/env bash
# azd postprovision hook: what Bicep cannot do, before the app's first start (azd deploys after this).
#   1. platform-secrets.sh: creates the platform secrets missing from the vault (random values, never printed);
#   2. postgres-roles.sh: the database, its owner and application roles for the two managed identities and their
#      grants (the owner/application role split of scripts/postgres-setup.sh), as the PostgreSQL Entra administrator.
# Idempotent: run it again with `azd hooks run postprovision`.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/platform-secrets.sh"
bash "$here/postgres-roles.sh"
