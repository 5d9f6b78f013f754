#!/usr/bin/env bash
# Makes the Azure Storage emulator (Azurite, the npm package) ready on loopback for the Functions runtime's storage
# (AzureWebJobsStorage = UseDevelopmentStorage=true: the Durable Task hub, queues, timer leases): installs the pinned
# version into .tools/azurite when missing (even when one already runs: tests start private ones from this copy) and
# starts it when nothing listens on its ports, with its data in
# .tools/azurite-data and its log in .tools/azurite.log. Idempotent. Usage: scripts/azurite.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=3.37.0
TOOLS="$PWD/.tools"
BIN="$TOOLS/azurite/node_modules/.bin/azurite"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Installed even when an Azurite already listens: tests start private ones from this copy.
scripts/npm-tool.sh azurite "$VERSION"
if listening 10000 && listening 10001 && listening 10002; then
    echo "Azurite ready on 127.0.0.1:10000-10002 (already running)."
    exit 0
fi
mkdir -p "$TOOLS/azurite-data"
nohup "$BIN" --silent --location "$TOOLS/azurite-data" --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --skipApiVersionCheck >"$TOOLS/azurite.log" 2>&1 &
for _ in $(seq 1 60); do
    if listening 10000 && listening 10001 && listening 10002; then
        echo "Azurite $VERSION ready on 127.0.0.1:10000-10002 (data in .tools/azurite-data)."
        exit 0
    fi
    sleep 0.5
done
echo "Azurite did not start; see .tools/azurite.log." >&2
exit 1
