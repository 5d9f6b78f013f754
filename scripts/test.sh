#!/usr/bin/env bash
# Runs the whole test suite: PostgreSQL installed and started when missing, the application role created, then
# dotnet test. Each test run creates its own databases (and drops them afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/postgres-setup.sh vioconcierge
export VIO_TEST_POSTGRES="${VIO_TEST_POSTGRES:-Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local}"
dotnet test VioConcierge.sln --nologo "$@"
