#!/usr/bin/env bash
# Runs VioConcierge locally: PostgreSQL (installed and started when missing, with the owner and application roles),
# a generated local.settings.json on first run (random keys, demo credentials, two-factor off), then the host, which
# applies migrations as the owner role, serves as the application role, and seeds the super admin and the demo tenant
# at start-up.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${VIO_PORT:-7071}"
SETTINGS=functions/VioConcierge.Functions/local.settings.json

scripts/postgres-setup.sh vioconcierge

if [ ! -f "$SETTINGS" ]; then
    random() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
    cat > "$SETTINGS" <<JSON
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "custom",
    "ConnectionStrings__Postgres": "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local",
    "ConnectionStrings__PostgresMigrations": "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local",
    "Auth__SigningKey": "$(random 48)",
    "Encryption__ActiveKeyId": "local1",
    "Encryption__Keys__local1": "$(random 32)",
    "Security__RequireAdminTwoFactor": "false",
    "Bootstrap__SuperAdminEmail": "admin@vioconcierge.local",
    "Bootstrap__SuperAdminPassword": "Platform-Admin-2026!",
    "Bootstrap__SeedDemoTenant": "true",
    "Bootstrap__DemoAdminEmail": "manager@demo-dental.local",
    "Bootstrap__DemoAdminPassword": "Demo-Practice-2026!"
  }
}
JSON
    echo "Wrote $SETTINGS (local only; git ignores it)."
elif ! grep -q '"ConnectionStrings__PostgresMigrations"' "$SETTINGS"; then
    # Written before the owner/application role split: migrations now run as the owner role.
    sed -i 's|^\(\s*\)"ConnectionStrings__Postgres": .*$|&\n\1"ConnectionStrings__PostgresMigrations": "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local",|' "$SETTINGS"
    echo "Added ConnectionStrings__PostgresMigrations (the owner role) to $SETTINGS."
fi

value() { grep -o "\"$1\": \"[^\"]*\"" "$SETTINGS" | cut -d'"' -f4; }
cat <<INFO

VioConcierge is starting on http://127.0.0.1:${PORT}
  Super admin:  $(value Bootstrap__SuperAdminEmail) / $(value Bootstrap__SuperAdminPassword)
  Demo tenant:  $(value Bootstrap__DemoAdminEmail) / $(value Bootstrap__DemoAdminPassword)
  Health:       http://127.0.0.1:${PORT}/health/ready     OpenAPI: http://127.0.0.1:${PORT}/openapi/v1.json

INFO
cd functions/VioConcierge.Functions
exec dotnet run --no-launch-profile --urls "http://127.0.0.1:${PORT}"
