#!/usr/bin/env bash
# Runs the README's demos as written against scripts/run-local.sh and checks what they print, so the README stays true:
#   1. the platform admin's curl lines ("Trying it"), the calls demo, the team demo (the welcome email read from the
#      local mail catcher's HTTP API), the Cal.com demo and the feed demo (an item and its email when attempts run out), on a fresh database;
#   2. a second run with another VIO_DB_NAME serves that database (run variables apply on every run);
#   3. the Cal.com demo again on a run with VIO_SECRETS=KeyVault (the integration keys in the local fake Key Vault).
# Each run gets its own port and databases, dropped afterwards. Called by scripts/test.sh after the .NET suites.
set -uo pipefail
cd "$(dirname "$0")/../.."

RUN_ID="$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
DB_A="vio_readme_${RUN_ID}_a"
DB_B="vio_readme_${RUN_ID}_b"
DB_C="vio_readme_${RUN_ID}_c"
PORT=17071
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
WORK="$(mktemp -d)"
APP_PID=""
failures=0

fail() { echo "README demo FAILED: $*" >&2; failures=$((failures + 1)); }

stop_app() {
    if [ -n "$APP_PID" ]; then
        kill -- -"$APP_PID" 2>/dev/null || kill "$APP_PID" 2>/dev/null
        wait "$APP_PID" 2>/dev/null
        APP_PID=""
    fi
}

cleanup() {
    stop_app
    for db in "$DB_A" "$DB_B" "$DB_C"; do
        (cd / && runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)") >/dev/null 2>&1 ||
            PGPASSWORD=vioconcierge-owner-local psql -h localhost -U vioconcierge_owner -d postgres -q \
                -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # database, log file, secret store (Database by default)
    set -m
    VIO_PORT="$PORT" VIO_DB_NAME="$1" VIO_SECRETS="${3:-Database}" scripts/run-local.sh >"$2" 2>&1 &
    APP_PID=$!
    set +m
    for _ in $(seq 1 180); do
        if curl -sf "localhost:$PORT/health/ready" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            break
        fi
        sleep 1
    done
    echo "--- host log ---" >&2; tail -40 "$2" >&2
    return 1
}

# The README's sh blocks that contain a marker, with the documented port replaced by this run's.
block() {
    awk -v marker="$1" '
        /^```sh$/ { inside = 1; text = ""; next }
        /^```$/ && inside { if (index(text, marker)) printf "%s", text; inside = 0; next }
        inside { text = text $0 "\n" }' README.md | sed "s/localhost:7071/localhost:$PORT/g"
}

expect() { # label, output file, pattern
    grep -q -- "$3" "$2" || fail "$1: expected output matching '$3'"
}

echo "README demos: first run on $DB_A, port $PORT"
if ! start_app "$DB_A" "$WORK/run-a.log"; then
    fail "scripts/run-local.sh did not become ready"
    exit 1
fi

block 'api/admin/tenants' > "$WORK/admin.sh"
block 'CALL=$(curl' > "$WORK/calls.sh"
block 'HOOK=$(curl' > "$WORK/calcom.sh"
block 'api/team' > "$WORK/team.sh"
block 'maxRetryAttempts' > "$WORK/feed.sh"
for script in admin calls calcom team feed; do
    [ -s "$WORK/$script.sh" ] || fail "no README block for the $script demo"
done

bash "$WORK/admin.sh" > "$WORK/admin.out" 2>&1
expect "admin demo" "$WORK/admin.out" '"name":"Demo Dental'
expect "admin demo (tenant created)" "$WORK/admin.out" '"name":"Smile Dental"'

cat "$WORK/calls.sh" "$WORK/calcom.sh" > "$WORK/calls-and-calcom.sh"
bash "$WORK/calls-and-calcom.sh" > "$WORK/calls.out" 2>&1
expect "calls demo (call ends confirmed)" "$WORK/calls.out" '"status":"completed","outcome":"confirmed"'
expect "calls demo (contact confirmed)" "$WORK/calls.out" '^"status":"confirmed"'
expect "calls demo (no answer)" "$WORK/calls.out" '"code":"outcome_no_answer"'
expect "calls demo (retry planned)" "$WORK/calls.out" '"code":"retry_planned"'
expect "Cal.com demo (webhook accepted)" "$WORK/calls.out" '^200$'
expect "Cal.com demo (booking became a contact)" "$WORK/calls.out" '"bookingSource":"calcom"'
bash "$WORK/team.sh" > "$WORK/team.out" 2>&1
expect "team demo (password set from the mailed link)" "$WORK/team.out" '^204$'
expect "team demo (receptionist signed in)" "$WORK/team.out" '"fullName":"Rita Reception".*"role":"client_user"'
expect "team demo (deactivated)" "$WORK/team.out" '"status":"deactivated"'
expect "team demo (session ended at once)" "$WORK/team.out" '^401$'
expect "team demo (overview)" "$WORK/team.out" '"inactive":1'
bash "$WORK/feed.sh" > "$WORK/feed.out" 2>&1
expect "feed demo (attempts ran out: a feed item)" "$WORK/feed.out" '"type":"attempts_exhausted"'
expect "feed demo (and its email in the mail catcher)" "$WORK/feed.out" '"subject":"Demo Dental.*: Reminder calls ran out of attempts"'
if [ "$failures" -gt 0 ]; then
    echo "--- demo output ---" >&2; cat "$WORK/admin.out" "$WORK/calls.out" "$WORK/team.out" "$WORK/feed.out" >&2
fi
stop_app

echo "README demos: second run on $DB_B (VIO_DB_NAME must apply on every run)"
if start_app "$DB_B" "$WORK/run-b.log"; then
    token=$(curl -s "localhost:$PORT/api/auth/login" -H 'content-type: application/json' \
        -d '{"email":"manager@demo-dental.local","password":"Demo-Practice-2026!"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
    contacts=$(curl -s "localhost:$PORT/api/contacts" -H "authorization: Bearer $token")
    echo "$contacts" | grep -q '"items":\[\]' ||
        fail "second run: expected the empty demo tenant of $DB_B, got: ${contacts:0:200}"
    stop_app
else
    fail "scripts/run-local.sh did not become ready on $DB_B"
fi

echo "README demos: the Cal.com demo on $DB_C with VIO_SECRETS=KeyVault (the local fake vault)"
before_vault=$failures
if start_app "$DB_C" "$WORK/run-c.log" KeyVault; then
    { block 'CALL=$(curl' | sed -n '1,/^AUTH=/p'; block 'HOOK=$(curl'; } > "$WORK/vault.sh"
    bash "$WORK/vault.sh" > "$WORK/vault.out" 2>&1
    expect "Cal.com demo on Key Vault (webhook accepted)" "$WORK/vault.out" '^200$'
    expect "Cal.com demo on Key Vault (booking became a contact)" "$WORK/vault.out" '"bookingSource":"calcom"'
    expect "Cal.com demo on Key Vault (run on the fake vault)" "$WORK/run-c.log" 'Secrets: *KeyVault (local fake vault at https://'
    expect "Cal.com demo on Key Vault (keys stored in the vault)" "$WORK/run-c.log" 'Secret calcom/webhook-secret of tenant .* set in Key Vault'
    if [ "$failures" -gt "$before_vault" ]; then
        echo "--- demo output ---" >&2; cat "$WORK/vault.out" >&2; echo "--- host log ---" >&2; tail -40 "$WORK/run-c.log" >&2
    fi
    stop_app
else
    fail "scripts/run-local.sh with VIO_SECRETS=KeyVault did not become ready on $DB_C"
fi

if [ "$failures" -gt 0 ]; then
    echo "README demos: $failures check(s) failed" >&2
    exit 1
fi
echo "README demos: passed"
