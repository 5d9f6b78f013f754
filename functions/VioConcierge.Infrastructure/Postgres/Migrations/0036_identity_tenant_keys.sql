-- users, sessions and user_backup_codes carry a tenant on every row and key by it, so they can be distributed by
-- tenant_id on a Citus cluster (docs/scale-out.md). Super admins, their sessions and backup codes get the platform
-- tenant id (all zeros), as platform audit entries (0019) and platform work (0035) did; the application reads it
-- back as "no tenant". Tenant policies never show the platform id to a tenant, exactly as NULL did.
-- Ids stay unique on their own (the application creates them); plain indexes keep the lookups by id, by user and by
-- refresh token that run before any tenant is known as fast as under the old keys.

-- A user's tenant must exist, except for the platform: the foreign key moves to a generated column that is NULL for
-- platform rows (a NULL reference is not checked), so no tenants row is needed for the platform id.
ALTER TABLE user_backup_codes DROP CONSTRAINT user_backup_codes_user_id_fkey;
ALTER TABLE sessions DROP CONSTRAINT sessions_user_id_fkey;
ALTER TABLE users DROP CONSTRAINT users_platform_role;
ALTER TABLE users DROP CONSTRAINT users_tenant_id_fkey;
ALTER TABLE sessions DROP CONSTRAINT sessions_tenant_id_fkey;
ALTER TABLE user_backup_codes DROP CONSTRAINT user_backup_codes_tenant_id_fkey;

UPDATE users SET tenant_id = '00000000-0000-0000-0000-000000000000' WHERE tenant_id IS NULL;
UPDATE sessions SET tenant_id = '00000000-0000-0000-0000-000000000000' WHERE tenant_id IS NULL;
UPDATE user_backup_codes SET tenant_id = '00000000-0000-0000-0000-000000000000' WHERE tenant_id IS NULL;
ALTER TABLE users ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE sessions ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE user_backup_codes ALTER COLUMN tenant_id SET NOT NULL;

ALTER TABLE users ADD CONSTRAINT users_platform_role
    CHECK ((role = 'super_admin') = (tenant_id = '00000000-0000-0000-0000-000000000000'));
ALTER TABLE users ADD COLUMN tenant_ref uuid
    GENERATED ALWAYS AS (nullif(tenant_id, '00000000-0000-0000-0000-000000000000')) STORED REFERENCES tenants (id);

ALTER TABLE users DROP CONSTRAINT users_pkey;
ALTER TABLE users ADD PRIMARY KEY (tenant_id, id);
CREATE INDEX users_id_idx ON users (id);

ALTER TABLE sessions DROP CONSTRAINT sessions_pkey;
ALTER TABLE sessions ADD PRIMARY KEY (tenant_id, id);
CREATE INDEX sessions_id_idx ON sessions (id);
ALTER TABLE sessions ADD CONSTRAINT sessions_user_fkey
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE;
DROP INDEX sessions_refresh_key;
CREATE UNIQUE INDEX sessions_refresh_key ON sessions (tenant_id, refresh_token_hash);
CREATE INDEX sessions_refresh_idx ON sessions (refresh_token_hash);

ALTER TABLE user_backup_codes DROP CONSTRAINT user_backup_codes_pkey;
ALTER TABLE user_backup_codes ADD PRIMARY KEY (tenant_id, user_id, code_hash);
CREATE INDEX user_backup_codes_user_idx ON user_backup_codes (user_id);
ALTER TABLE user_backup_codes ADD CONSTRAINT user_backup_codes_user_fkey
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE;

-- Sign-in is by e-mail with no tenant, and an e-mail belongs to one user on the whole platform. A distributed users
-- table cannot enforce that across shards, so the platform-wide answer is a small table of its own (a reference
-- table on a cluster): its key is the e-mail, so a second user with the same e-mail, in any tenant, is refused (a
-- unique violation, as before). The column is not called tenant_id: the table is a platform table, not distributed.
-- A trigger writes it with the user in the same statement, whichever path adds, renames or removes a user.
CREATE TABLE user_logins (
    email         text PRIMARY KEY,
    owner_tenant  uuid NOT NULL,
    user_id       uuid NOT NULL
);
INSERT INTO user_logins (email, owner_tenant, user_id) SELECT lower(email), tenant_id, id FROM users;
DROP INDEX users_email_key;
ALTER TABLE user_logins ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_logins FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_logins USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR owner_tenant = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));

CREATE FUNCTION users_keep_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM user_logins WHERE email = lower(OLD.email) AND user_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO user_logins (email, owner_tenant, user_id) VALUES (lower(NEW.email), NEW.tenant_id, NEW.id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER users_login AFTER INSERT OR DELETE OR UPDATE OF email ON users
    FOR EACH ROW EXECUTE FUNCTION users_keep_login();
