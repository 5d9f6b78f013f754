#!/usr/bin/env bash
# Installs a pinned npm package into .tools/<package> when that version is not there yet (the local emulators and
# catchers: scripts/azurite.sh, scripts/maildev.sh). Idempotent. Usage: scripts/npm-tool.sh <package> <version>
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE="$1"
VERSION="$2"
DIR="$PWD/.tools/$PACKAGE"

if [ -x "$DIR/node_modules/.bin/$PACKAGE" ] && grep -q "\"version\": \"$VERSION\"" "$DIR/node_modules/$PACKAGE/package.json" 2>/dev/null; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "npm is needed to install $PACKAGE (Node.js 20)." >&2
    exit 1
fi
mkdir -p "$DIR"
npm install --prefix "$DIR" --no-audit --no-fund --loglevel=error "$PACKAGE@$VERSION" >/dev/null
