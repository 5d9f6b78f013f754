-- Foundation: tenants, users, sessions, two-factor backup codes, audit log, work queue.
-- Row-level security: every tenant-owned table is visible only to transactions whose app.tenant_id matches,
-- or to transactions explicitly opened in platform scope (app.scope = 'platform'). FORCE applies the policies
-- to the table owner too, so the application role never sees another tenant's rows by accident.

CREATE TABLE tenants (
    id                  uuid PRIMARY KEY,
    name                text NOT NULL,
    business_type       text NOT NULL CHECK (business_type IN ('medical','salon','restaurant','consultant','general')),
    timezone            text NOT NULL DEFAULT 'Europe/London',
    status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','suspended','terminated')),
    status_reason       text,
    status_changed_at   timestamptz,
    session_idle_hours  integer NOT NULL DEFAULT 8 CHECK (session_idle_hours IN (2,4,8,12,24)),
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX tenants_name_key ON tenants (lower(name));
CREATE INDEX tenants_created_idx ON tenants (created_at DESC, id DESC);

CREATE TABLE users (
    tenant_id             uuid REFERENCES tenants (id),
    id                    uuid PRIMARY KEY,
    email                 text NOT NULL,
    full_name             text NOT NULL,
    job_title             text,
    role                  text NOT NULL CHECK (role IN ('super_admin','client_admin','client_user')),
    password_hash         text NOT NULL,
    status                text NOT NULL DEFAULT 'active' CHECK (status IN ('active','deactivated')),
    failed_login_count    integer NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    totp_secret           text,
    totp_pending_secret   text,
    totp_enabled_at       timestamptz,
    totp_last_step        bigint,
    last_login_at         timestamptz,
    password_changed_at   timestamptz NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               integer NOT NULL DEFAULT 1,
    CONSTRAINT users_platform_role CHECK ((role = 'super_admin') = (tenant_id IS NULL))
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant_idx ON users (tenant_id, created_at);

CREATE TABLE user_backup_codes (
    tenant_id   uuid REFERENCES tenants (id),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash   bytea NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE sessions (
    tenant_id            uuid REFERENCES tenants (id),
    id                   uuid PRIMARY KEY,
    user_id              uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    refresh_token_hash   bytea NOT NULL,
    previous_token_hash  bytea,
    two_factor_verified  boolean NOT NULL,
    idle_timeout_minutes integer NOT NULL,
    created_at           timestamptz NOT NULL,
    last_seen_at         timestamptz NOT NULL,
    expires_at           timestamptz NOT NULL,
    revoked_at           timestamptz,
    revoked_reason       text,
    client_ip            text,
    user_agent           text
);
CREATE UNIQUE INDEX sessions_refresh_key ON sessions (refresh_token_hash);
CREATE INDEX sessions_previous_idx ON sessions (previous_token_hash) WHERE previous_token_hash IS NOT NULL;
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE audit_log (
    tenant_id      uuid,
    id             uuid PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_user_id  uuid,
    actor_role     text,
    action         text NOT NULL,
    target_type    text NOT NULL,
    target_id      text,
    changes        jsonb,
    client_ip      text
);
CREATE INDEX audit_log_time_idx ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_tenant_time_idx ON audit_log (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TABLE work_items (
    tenant_id      uuid,
    id             uuid PRIMARY KEY,
    kind           text NOT NULL,
    payload        jsonb NOT NULL,
    status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','running','done','dead')),
    due_at         timestamptz NOT NULL,
    attempts       integer NOT NULL DEFAULT 0,
    max_attempts   integer NOT NULL,
    dedupe_key     text,
    lease_token    uuid,
    lease_until    timestamptz,
    leased_by      text,
    last_error     text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    completed_at   timestamptz
);
CREATE UNIQUE INDEX work_items_dedupe_key ON work_items (dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX work_items_due_idx ON work_items (due_at) WHERE status = 'pending';
CREATE INDEX work_items_lease_idx ON work_items (lease_until) WHERE status = 'running';
CREATE INDEX work_items_dead_idx ON work_items (updated_at DESC, id DESC) WHERE status = 'dead';

-- Row-level security on every tenant-owned table.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users','user_backup_codes','sessions','audit_log','work_items'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I USING (
            current_setting('app.scope', true) = 'platform'
            OR tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (
    current_setting('app.scope', true) = 'platform'
    OR id = nullif(current_setting('app.tenant_id', true), '')::uuid);
