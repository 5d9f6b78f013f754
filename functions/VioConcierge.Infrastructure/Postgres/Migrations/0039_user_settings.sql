-- Per-user settings (seed 003; Application/UserSettings): each user's dashboard, app preferences and session state, one
-- JSON document per user and kind, versioned like tenant_settings. Session state carries its expiry (7 days after
-- its last save): reads ignore an expired document and the timer function PurgeExpiredSessionState deletes it.
--
-- Keyed by tenant first, so the table distributes by tenant_id on a cluster (docs/scale-out.md), and references its
-- user by users' key (tenant_id, id) (0036). Deleting a user deletes their settings. Super admins (platform tenant id)
-- have no per-user settings.

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

