#!/usr/bin/env bash
# Runs VioConcierge locally: PostgreSQL (installed and started when missing, with the owner and application roles),
# Azurite (the Azure Storage emulator from npm: the work queues and the Durable task hub), MailDev (a mail catcher from
# npm: every email the app sends lands there, readable in its web UI), a generated
# local.settings.json on first run (random keys, demo credentials, two-factor off), then the function app under the
# development host (functions/VioConcierge.LocalHost, a stand-in for the Azure Functions host where Core Tools is not
# installed: it starts the app's worker, serves its HTTP functions, runs its timers, its queue triggers from Azurite
# and its orchestrations and activities on the task hub). The app applies
# migrations as the owner role, serves as the application role, and seeds the super admin and the demo tenant at
# start-up. Calls go to the voice simulator (Voice__Provider=Simulator), which posts signed Retell-format webhooks
# back to this host, so a reminder runs end to end on one machine.
#
# Run variables, applied on every run (they override whatever local.settings.json holds): VIO_PORT (7071) and
# VIO_DB_NAME (vioconcierge) choose the port and the database; VIO_DB_PORT, VIO_DB_ROLE, VIO_DB_PASSWORD,
# VIO_DB_OWNER and VIO_DB_OWNER_PASSWORD are those of scripts/postgres-setup.sh. VIO_SECRETS=KeyVault keeps tenants'
# integration keys in a local fake Key Vault (tests/VioConcierge.FakeKeyVault: HTTPS with a certificate made at its
# start, secrets in memory for the run, stopped with the app) instead of the database: the app runs in the Development
# environment with Secrets__Store=KeyVault, the fake's URI, and Secrets__KeyVaultDevelopmentCertificate, the one
# setting that makes it trust that certificate and present the development token (refused outside Development).
# local.settings.json keeps only what is generated once (keys, demo credentials) and what you add to it yourself.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${VIO_PORT:-7071}"
DB_NAME="${VIO_DB_NAME:-vioconcierge}"
SETTINGS=functions/VioConcierge.Functions/local.settings.json

scripts/postgres-setup.sh "$DB_NAME"
scripts/azurite.sh
scripts/maildev.sh

# Environment variables win over local.settings.json (as with Core Tools), so these follow the run.
server="Host=localhost;Port=${VIO_DB_PORT:-5432};Database=${DB_NAME}"
export ConnectionStrings__Postgres="${server};Username=${VIO_DB_ROLE:-vioconcierge};Password=${VIO_DB_PASSWORD:-vioconcierge-local}"
export ConnectionStrings__PostgresMigrations="${server};Username=${VIO_DB_OWNER:-vioconcierge_owner};Password=${VIO_DB_OWNER_PASSWORD:-vioconcierge-owner-local}"
# The work queues and the task hub follow the database, so two local runs on two databases never take each other's work.
export AzureWebJobsStorage="${AzureWebJobsStorage:-UseDevelopmentStorage=true}"
export Work__Queue="work-${DB_NAME//_/-}"
export Work__CallQueue="calls-${DB_NAME//_/-}"
export AzureFunctionsJobHost__extensions__durableTask__hubName="${DB_NAME//_/}"
# Email goes to the local mail catcher (scripts/maildev.sh); links in it point at this host.
export Mail__Host=127.0.0.1 Mail__Port="${VIO_MAIL_SMTP_PORT:-1025}" Mail__Security=None
export Mail__From="${Mail__From:-VioConcierge <no-reply@vioconcierge.local>}"
export Console__BaseUrl="${Console__BaseUrl:-http://127.0.0.1:${PORT}}"

if [ ! -f "$SETTINGS" ]; then
    random() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
    cat > "$SETTINGS" <<JSON
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "Auth__SigningKey": "$(random 48)",
    "Encryption__ActiveKeyId": "local1",
    "Encryption__Keys__local1": "$(random 32)",
    "Security__RequireAdminTwoFactor": "false",
    "Bootstrap__SuperAdminEmail": "admin@vioconcierge.local",
    "Bootstrap__SuperAdminPassword": "Platform-Admin-2026!",
    "Bootstrap__SeedDemoTenant": "true",
    "Bootstrap__DemoAdminEmail": "manager@demo-dental.local",
    "Bootstrap__DemoAdminPassword": "Demo-Practice-2026!",
    "Voice__Provider": "Simulator",
    "Retell__ApiKey": "local-simulator-$(random 24 | tr -d '+/=')"
  }
}
JSON
    echo "Wrote $SETTINGS (local only; git ignores it)."
fi
if ! grep -q '"Voice__Provider"' "$SETTINGS"; then
    # Written before the voice simulator: make it the local voice provider, with a local key to sign its webhooks.
    key="local-simulator-$(head -c 24 /dev/urandom | base64 | tr -d '\n+/=')"
    sed -i 's|^\(\s*\)"Auth__SigningKey": .*$|&\n\1"Voice__Provider": "Simulator",\n\1"Retell__ApiKey": "'"$key"'",|' "$SETTINGS"
    echo "Added Voice__Provider=Simulator and a local Retell__ApiKey to $SETTINGS."
fi

SECRETS="Database (encrypted rows in PostgreSQL)"
if [ "${VIO_SECRETS:-Database}" = KeyVault ]; then
    dotnet build tests/VioConcierge.FakeKeyVault --nologo -v quiet
    info="$(mktemp -u)"
    # --parent $$: this shell becomes the app (exec below), so the fake vault stops when the app does.
    dotnet tests/VioConcierge.FakeKeyVault/bin/Debug/net10.0/VioConcierge.FakeKeyVault.dll --info "$info" --parent $$ >/dev/null &
    for _ in $(seq 1 100); do [ -s "$info" ] && break; sleep 0.2; done
    [ -s "$info" ] || { echo "The fake Key Vault did not start." >&2; exit 1; }
    export AZURE_FUNCTIONS_ENVIRONMENT=Development
    export Secrets__Store=KeyVault
    export Secrets__VaultUri="$(sed -n 's/^uri=//p' "$info")"
    export Secrets__KeyVaultDevelopmentCertificate="$(sed -n 's/^thumbprint=//p' "$info")"
    rm -f "$info"
    SECRETS="KeyVault (local fake vault at ${Secrets__VaultUri}, in memory for this run)"
fi

value() { grep -o "\"$1\": \"[^\"]*\"" "$SETTINGS" | cut -d'"' -f4; }
cat <<INFO

VioConcierge is starting on http://127.0.0.1:${PORT}
  Super admin:  $(value Bootstrap__SuperAdminEmail) / $(value Bootstrap__SuperAdminPassword)
  Demo tenant:  $(value Bootstrap__DemoAdminEmail) / $(value Bootstrap__DemoAdminPassword)
  Database:     ${DB_NAME}     Storage: Azurite on 127.0.0.1:10000-10002 (queues ${Work__Queue}, ${Work__CallQueue})
  Health:       http://127.0.0.1:${PORT}/health/ready     OpenAPI: http://127.0.0.1:${PORT}/openapi/v1.json
  Secrets:      ${SECRETS}
  Mail:         MailDev catches every email: http://127.0.0.1:${VIO_MAIL_WEB_PORT:-1080} (JSON: /api/email)
  Voice:        $(value Voice__Provider) (numbers ending 01 confirm, 02 cancel, 03 reschedule, 04 no answer, 05 busy,
                06 voicemail, 07 invalid; see README)

INFO
dotnet build functions/VioConcierge.LocalHost --nologo -v quiet
dotnet build functions/VioConcierge.Functions --nologo -v quiet
export VIO_LOCAL_SETTINGS="$PWD/$SETTINGS"
exec dotnet functions/VioConcierge.LocalHost/bin/Debug/net10.0/VioConcierge.LocalHost.dll \
    functions/VioConcierge.Functions/bin/Debug/net10.0 VioConcierge.Functions.dll "$PORT"
