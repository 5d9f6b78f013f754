-- Integration secrets per tenant (Retell API key, calendar webhook secrets), for the local secret store
-- (Secrets:Store = Database). Values are AES-256-GCM encrypted by the application with the key ring in Encryption:*,
-- bound to (tenant, name) as associated data; key_id names the key used, so rows still on an old key can be found
-- and re-encrypted after a rotation. Plaintext never reaches the database.
CREATE TABLE tenant_secrets (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    name        text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9/._-]{0,127}$'),
    ciphertext  text NOT NULL,
    key_id      text NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

ALTER TABLE tenant_secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_secrets USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
