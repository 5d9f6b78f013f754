#!/usr/bin/env bash
# Runs the whole test suite: PostgreSQL installed and started when missing, the owner and application roles created,
# then dotnet test. Each test run creates its own databases as the owner (and drops them afterwards); the host under
# test connects as the application role.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/postgres-setup.sh vioconcierge
export VIO_TEST_POSTGRES="${VIO_TEST_POSTGRES:-Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local}"
export VIO_TEST_POSTGRES_OWNER="${VIO_TEST_POSTGRES_OWNER:-Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local}"
dotnet test VioConcierge.sln --nologo "$@"
