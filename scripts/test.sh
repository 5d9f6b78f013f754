#!/usr/bin/env bash
# Runs the whole test suite: PostgreSQL installed and started when missing, the owner and application roles created,
# then dotnet test, then the README's demos against scripts/run-local.sh (tests/readme/demos.sh). Each run creates its
# own databases as the owner (and drops them afterwards); the host under test connects as the application role.
# Arguments go to dotnet test (e.g. --filter ...); a run given any skips the README demos.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bicep.sh # the Azure infrastructure (infra/) compiles and lints with no warning
scripts/postgres-setup.sh vioconcierge
scripts/azurite.sh
export VIO_TEST_POSTGRES="${VIO_TEST_POSTGRES:-Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local}"
export VIO_TEST_POSTGRES_OWNER="${VIO_TEST_POSTGRES_OWNER:-Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local}"
dotnet test VioConcierge.sln --nologo "$@"
if [ "$#" -eq 0 ]; then
    tests/readme/demos.sh
fi
