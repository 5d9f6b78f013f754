-- Team management and the user's own profile (issue 18): a member added by an admin sets a first password through an
-- emailed single-use link; a user may give a phone number and change their email through a link sent to the new
-- address; audit entries keep the name of whoever made them after that user is deleted.

-- awaiting_password: added by an admin, no password of their own yet (their stored hash is of a random secret nobody
-- holds); cleared when they set one through their link.
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN awaiting_password boolean NOT NULL DEFAULT false;
CREATE INDEX users_tenant_name_idx ON users (tenant_id, lower(full_name), id);

-- The actor's name as it was when the entry was written (filled from users by the insert itself), so deleting a
-- user leaves their entries readable. Existing entries are backfilled once; the append-only trigger is lifted for it.
ALTER TABLE audit_log ADD COLUMN actor_name text;
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
UPDATE audit_log a SET actor_name = u.full_name FROM users u WHERE u.id = a.actor_user_id;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;

-- Single-use links emailed to a user (welcome, password reset, email change). Only the SHA-256 of the token is kept.
-- A link is redeemed before any tenant is known (the public route has only the token), so the hash has a plain index
-- of its own; uniqueness is per tenant, as on every distributed table. A super admin's links (an email change) carry
-- the platform tenant id, as their user row does (0036); a user's links go with the user.
CREATE TABLE user_links (
    tenant_id   uuid NOT NULL,
    id          uuid NOT NULL,
    user_id     uuid NOT NULL,
    purpose     text NOT NULL CHECK (purpose IN ('welcome','password_reset','email_change')),
    token_hash  bytea NOT NULL,
    new_email   text,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
    CHECK ((purpose = 'email_change') = (new_email IS NOT NULL))
);
CREATE UNIQUE INDEX user_links_token_key ON user_links (tenant_id, token_hash);
CREATE INDEX user_links_token_idx ON user_links (token_hash);
CREATE INDEX user_links_user_idx ON user_links (tenant_id, user_id) WHERE used_at IS NULL;

ALTER TABLE user_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_links FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_links USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
