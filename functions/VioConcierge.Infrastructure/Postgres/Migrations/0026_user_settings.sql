-- Per-user settings (seed 003; Application/UserSettings): each user's dashboard, app preferences and session state, one
-- JSON document per user and kind, versioned like tenant_settings. Session state carries its expiry (7 days after
-- its last save): reads ignore an expired document and the timer function PurgeExpiredSessionState deletes it.
--
-- Keyed by tenant first, so the table distributes by tenant_id on a cluster (docs/scale-out.md): its key to the user
-- is (tenant_id, user_id), which needs users to be unique on (tenant_id, id) as well as on id (it is: id alone is).
-- Deleting a user deletes their settings. Super admins (no tenant) have no per-user settings. On a cluster the table
-- is distributed with users (its foreign key needs users distributed first), not in this migration.
CREATE UNIQUE INDEX IF NOT EXISTS users_tenant_user_key ON users (tenant_id, id);

CREATE TABLE user_settings (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    user_id     uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('dashboard', 'preferences', 'session_state')),
    value       jsonb NOT NULL,
    version     integer NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL,
    expires_at  timestamptz,
    PRIMARY KEY (tenant_id, user_id, kind),
    CONSTRAINT user_settings_user_fkey FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX user_settings_expiry_idx ON user_settings (expires_at) WHERE expires_at IS NOT NULL;

ALTER TABLE user_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_settings USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));

