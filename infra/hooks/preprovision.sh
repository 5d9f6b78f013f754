#!/usr/bin/env bash
# azd preprovision hook: records who is deploying, as main.bicep needs it for the PostgreSQL Entra administrator
# (AZURE_PRINCIPAL_NAME, AZURE_PRINCIPAL_TYPE: azd itself sets only AZURE_PRINCIPAL_ID), and stops early when the first
# super admin's email is not set. Uses the Azure CLI's sign-in (az login), which must be the same principal as azd's.
set -euo pipefail

if [ -z "${VIO_SUPER_ADMIN_EMAIL:-}" ]; then
    echo "Set the first super admin's email first: azd env set VIO_SUPER_ADMIN_EMAIL admin@example.com" >&2
    exit 1
fi

if [ "$(az account show --query user.type -o tsv)" = "user" ]; then
    object_id="$(az ad signed-in-user show --query id -o tsv)"
    name="$(az ad signed-in-user show --query userPrincipalName -o tsv)"
    type=User
else
    app_id="$(az account show --query user.name -o tsv)"
    object_id="$(az ad sp show --id "$app_id" --query id -o tsv)"
    name="$(az ad sp show --id "$app_id" --query displayName -o tsv)"
    type=ServicePrincipal
fi
if [ -n "${AZURE_PRINCIPAL_ID:-}" ] && [ "$object_id" != "$AZURE_PRINCIPAL_ID" ]; then
    echo "az is signed in as $name ($object_id) but azd as $AZURE_PRINCIPAL_ID: sign both in as the same principal." >&2
    exit 1
fi
azd env set AZURE_PRINCIPAL_NAME "$name"
azd env set AZURE_PRINCIPAL_TYPE "$type"
echo "Deploying as $type $name: PostgreSQL Entra administrator and Key Vault Secrets Officer."
