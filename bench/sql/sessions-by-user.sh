#!/usr/bin/env bash
# Reads of a user's sessions at scale: the team list's last activity per member and the sign-in alert's history,
# with and without sessions_user_seen_idx (migration 0042). Creates a throw-away database through the owner role
# (VIO_BENCH_OWNER_URL, default: the local one scripts/postgres-setup.sh makes), applies the migrations with psql,
# seeds 200 tenants x 10 users x 100 sessions (200,000 rows, one live per user), prints each query's execution time
# (EXPLAIN ANALYZE, best of 3) and drops the database. Usage: bench/sql/sessions-by-user.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

OWNER_URL="${VIO_BENCH_OWNER_URL:-postgresql://vioconcierge_owner:vioconcierge-owner-local@localhost:5432}"
DB="vio_bench_sessions_$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
psql "$OWNER_URL/postgres" -qc "CREATE DATABASE $DB"
trap 'psql "$OWNER_URL/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
run() { psql "$OWNER_URL/$DB" -q -v ON_ERROR_STOP=1 "$@"; }

{ echo "SELECT set_config('app.scope', 'platform', false) \\g /dev/null"
  for migration in functions/VioConcierge.Infrastructure/Postgres/Migrations/*.sql; do cat "$migration"; echo; done
} | run >/dev/null

run <<'SQL'
SELECT set_config('app.scope', 'platform', false) \g /dev/null
INSERT INTO tenants (id, name, business_type, created_at, updated_at)
SELECT gen_random_uuid(), 'Bench ' || g, 'general', now(), now() FROM generate_series(1, 200) g;
INSERT INTO users (tenant_id, id, email, full_name, role, password_hash, status, password_changed_at, created_at, updated_at)
SELECT t.id, gen_random_uuid(), 'u' || u || '.' || replace(t.name, ' ', '') || '@bench.test', 'User ' || u, 'client_user', 'x',
       'active', now(), now(), now()
FROM tenants t, generate_series(1, 10) u;
INSERT INTO sessions (tenant_id, id, user_id, refresh_token_hash, two_factor_verified, idle_timeout_minutes, created_at,
                      last_seen_at, expires_at, revoked_at, client_ip, user_agent)
SELECT u.tenant_id, gen_random_uuid(), u.id, decode(md5(random()::text), 'hex'), false, 60, now() - s * interval '1 hour',
       now() - s * interval '1 hour', now() - s * interval '1 hour' + interval '30 days', CASE WHEN s > 1 THEN now() END,
       '10.0.0.' || (s % 250), 'Mozilla/5.0 bench ' || (s % 7)
FROM users u, generate_series(1, 100) s;
VACUUM ANALYZE tenants, users, sessions;
SQL

# The statements as PostgresTeamStore.ListAsync and PostgresSignInHistory run them, for one tenant and one user.
measure() {
    for query in team history; do
        best=""
        for _ in 1 2 3; do
            ms=$(run -At <<SQL | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p'
SELECT set_config('app.scope', 'platform', false) \g /dev/null
SELECT t.id AS tenant, u.id AS member FROM tenants t JOIN users u ON u.tenant_id = t.id ORDER BY t.name, u.email LIMIT 1 \gset
$(if [ "$query" = team ]; then cat <<'TEAM'
EXPLAIN (ANALYZE, COSTS OFF) SELECT u.id, u.full_name,
       (SELECT max(s.last_seen_at) FROM sessions s WHERE s.tenant_id = u.tenant_id AND s.user_id = u.id) AS last_active_at
FROM users u WHERE u.tenant_id = :'tenant' ORDER BY lower(u.full_name) NULLS LAST, u.id OFFSET 0 LIMIT 25;
TEAM
else cat <<'HISTORY'
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) > 0, coalesce(bool_or(user_agent IS NOT DISTINCT FROM 'x' AND client_ip IS NOT DISTINCT FROM '192.0.2.1'), false)
FROM sessions WHERE tenant_id = :'tenant' AND user_id = :'member';
HISTORY
fi)
SQL
)
            if [ -z "$best" ] || awk "BEGIN { exit !($ms < $best) }"; then best=$ms; fi
        done
        printf '  %-8s %8s ms\n' "$query" "$best"
    done
}

echo "200,000 sessions; team list of a 10-member tenant (last activity per member), sign-in history of one user:"
echo "with sessions_user_seen_idx"
measure
run -c "DROP INDEX sessions_user_seen_idx" >/dev/null
run -c "ANALYZE sessions" >/dev/null
echo "without it (before migration 0042)"
measure
