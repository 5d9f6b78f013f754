#!/usr/bin/env bash
# Compiles and lints the Azure infrastructure (infra/main.bicep and its modules) with the Bicep CLI, failing on any
# error or warning of either (infra/bicepconfig.json sets the analyzer rules). The CLI comes from the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (a self-contained binary), restored once into .tools/bicep (ignored by git) with
# the .NET SDK's own restore: nothing is downloaded from anywhere but the NuGet registry. Idempotent and cached.
#
#   scripts/bicep.sh          restore the CLI when missing, then bicep build + bicep lint (CI runs this)
#   scripts/bicep.sh json     restore when missing, then print the compiled ARM template of infra/main.bicep on stdout
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.49.2
PACKAGE=Azure.Bicep.CommandLine.linux-x64
TOOLS="$PWD/.tools/bicep"
BIN="$TOOLS/packages/$(echo "$PACKAGE" | tr '[:upper:]' '[:lower:]')/$VERSION/tools/bicep"
MAIN=infra/main.bicep

restore() {
    mkdir -p "$TOOLS"
    # One restore at a time (parallel test runs in this folder share the cache).
    exec 9>"$TOOLS/.lock"
    flock 9
    if [ ! -x "$BIN" ]; then
        # The restore project lives outside the repository so its Directory.*.props (central package versions) do not apply.
        local project
        project="$(mktemp -d)"
        cat >"$project/restore-bicep.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="$PACKAGE" Version="[$VERSION]" /></ItemGroup>
</Project>
EOF
        echo "Restoring the Bicep CLI $VERSION from NuGet into .tools/bicep..." >&2
        dotnet restore "$project/restore-bicep.csproj" --packages "$TOOLS/packages" --nologo -v quiet >&2
        rm -rf "$project"
        chmod +x "$BIN" # NuGet does not keep the executable bit
    fi
    flock -u 9
}

# Runs bicep with the given arguments; fails when it fails or prints any warning or error diagnostic.
checked() {
    local output status=0
    output="$("$BIN" "$@" 2>&1)" || status=$?
    if [ -n "$output" ]; then
        echo "$output" >&2
    fi
    if [ "$status" -ne 0 ] || grep -Eq ': (Warning|Error) ' <<<"$output"; then
        echo "bicep $1 failed: warnings count as failures (fix the Bicep; see infra/bicepconfig.json)." >&2
        exit 1
    fi
}

restore
case "${1:-check}" in
    check)
        mkdir -p "$TOOLS/out"
        checked build "$MAIN" --outfile "$TOOLS/out/main.json"
        checked lint "$MAIN"
        echo "Bicep $VERSION: $MAIN builds and lints with no warning."
        ;;
    json)
        out="$(mktemp)"
        trap 'rm -f "$out"' EXIT
        checked build "$MAIN" --outfile "$out"
        cat "$out"
        ;;
    *)
        echo "Usage: scripts/bicep.sh [check|json]" >&2
        exit 2
        ;;
esac
