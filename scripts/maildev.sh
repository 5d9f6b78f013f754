#!/usr/bin/env bash
# Makes the local mail catcher (MailDev, the npm package) ready on loopback: installs the pinned version into
# .tools/maildev when missing and starts it when nothing listens on its ports: SMTP on 127.0.0.1:${VIO_MAIL_SMTP_PORT:-1025}
# (where a local run's Mail:* points) and its web UI and HTTP API on http://127.0.0.1:${VIO_MAIL_WEB_PORT:-1080}
# (GET /api/email lists the messages it caught, as JSON). Mail is kept only while MailDev runs.
# Its log is .tools/maildev.log. Idempotent. Usage: scripts/maildev.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=3.0.0
SMTP_PORT="${VIO_MAIL_SMTP_PORT:-1025}"
WEB_PORT="${VIO_MAIL_WEB_PORT:-1080}"
TOOLS="$PWD/.tools"
BIN="$TOOLS/maildev/node_modules/.bin/maildev"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

scripts/npm-tool.sh maildev "$VERSION"
if listening "$SMTP_PORT" && listening "$WEB_PORT"; then
    echo "MailDev ready: SMTP 127.0.0.1:$SMTP_PORT, mail at http://127.0.0.1:$WEB_PORT (already running)."
    exit 0
fi
nohup "$BIN" --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp "$SMTP_PORT" --web "$WEB_PORT" --silent >"$TOOLS/maildev.log" 2>&1 &
for _ in $(seq 1 60); do
    if listening "$SMTP_PORT" && listening "$WEB_PORT"; then
        echo "MailDev $VERSION ready: SMTP 127.0.0.1:$SMTP_PORT, mail at http://127.0.0.1:$WEB_PORT."
        exit 0
    fi
    sleep 0.5
done
echo "MailDev did not start; see .tools/maildev.log." >&2
exit 1
