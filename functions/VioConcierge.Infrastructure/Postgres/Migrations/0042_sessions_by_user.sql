-- Sessions are kept after they end (revoked and expired rows stay, for the sign-in history), so reads of a user's
-- sessions must not scan the table: the team list's and overview's last activity (the latest last_seen_at of each
-- member), the new sign-in alert's "seen this device before" and the cascade when a user is deleted. The only index
-- by user was partial (live sessions). On 200,000 sessions (bench/sql/sessions-by-user.sh, best of 3) a 10-member team
-- list took 33 ms and a sign-in's history 24 ms, scanning the table, growing with it; with this index 1.2 ms and 4 ms.
-- last_seen_at is written at most once per touch interval per session, so the index costs little on the hot path.
CREATE INDEX sessions_user_seen_idx ON sessions (tenant_id, user_id, last_seen_at DESC);
