#!/usr/bin/env bash
# Runs VioConcierge locally: PostgreSQL (installed and started when missing, with the owner and application roles),
# a generated local.settings.json on first run (random keys, demo credentials, two-factor off), then the host, which
# applies migrations as the owner role, serves as the application role, and seeds the super admin and the demo tenant
# at start-up. Calls go to the voice simulator (Voice__Provider=Simulator), which posts signed Retell-format webhooks
# back to this host, so a reminder runs end to end on one machine. VIO_PORT and VIO_DB_NAME choose the port (7071) and
# the database (vioconcierge) of a run.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${VIO_PORT:-7071}"
DB_NAME="${VIO_DB_NAME:-vioconcierge}"
SETTINGS=functions/VioConcierge.Functions/local.settings.json

scripts/postgres-setup.sh "$DB_NAME"

if [ ! -f "$SETTINGS" ]; then
    random() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
    cat > "$SETTINGS" <<JSON
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "custom",
    "ConnectionStrings__Postgres": "Host=localhost;Port=5432;Database=${DB_NAME};Username=vioconcierge;Password=vioconcierge-local",
    "ConnectionStrings__PostgresMigrations": "Host=localhost;Port=5432;Database=${DB_NAME};Username=vioconcierge_owner;Password=vioconcierge-owner-local",
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
elif ! grep -q '"ConnectionStrings__PostgresMigrations"' "$SETTINGS"; then
    # Written before the owner/application role split: migrations now run as the owner role.
    sed -i 's|^\(\s*\)"ConnectionStrings__Postgres": .*$|&\n\1"ConnectionStrings__PostgresMigrations": "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local",|' "$SETTINGS"
    echo "Added ConnectionStrings__PostgresMigrations (the owner role) to $SETTINGS."
fi
if ! grep -q '"Voice__Provider"' "$SETTINGS"; then
    # Written before the voice simulator: make it the local voice provider, with a local key to sign its webhooks.
    key="local-simulator-$(head -c 24 /dev/urandom | base64 | tr -d '\n+/=')"
    sed -i 's|^\(\s*\)"Auth__SigningKey": .*$|&\n\1"Voice__Provider": "Simulator",\n\1"Retell__ApiKey": "'"$key"'",|' "$SETTINGS"
    echo "Added Voice__Provider=Simulator and a local Retell__ApiKey to $SETTINGS."
fi

value() { grep -o "\"$1\": \"[^\"]*\"" "$SETTINGS" | cut -d'"' -f4; }
cat <<INFO

VioConcierge is starting on http://127.0.0.1:${PORT}
  Super admin:  $(value Bootstrap__SuperAdminEmail) / $(value Bootstrap__SuperAdminPassword)
  Demo tenant:  $(value Bootstrap__DemoAdminEmail) / $(value Bootstrap__DemoAdminPassword)
  Health:       http://127.0.0.1:${PORT}/health/ready     OpenAPI: http://127.0.0.1:${PORT}/openapi/v1.json
  Voice:        $(value Voice__Provider) (numbers ending 01 confirm, 02 cancel, 03 reschedule, 04 no answer, 05 busy,
                06 voicemail, 07 invalid; see README)

INFO
cd functions/VioConcierge.Functions
exec dotnet run --no-launch-profile --urls "http://127.0.0.1:${PORT}"
