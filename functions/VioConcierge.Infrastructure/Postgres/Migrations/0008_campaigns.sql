-- Group call campaigns (paced calls to up to 100 contacts) and notifications for platform operators.

CREATE TABLE campaigns (
    tenant_id         uuid NOT NULL REFERENCES tenants (id),
    id                uuid NOT NULL,
    group_id          uuid NOT NULL,
    status            text NOT NULL CHECK (status IN ('running','paused','cancelled','completed')),
    interval_minutes  integer NOT NULL CHECK (interval_minutes BETWEEN 1 AND 60),
    step_seq          integer NOT NULL DEFAULT 0,
    next_at           timestamptz,
    created_by        uuid,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    completed_at      timestamptz,
    version           integer NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE campaign_contacts (
    tenant_id        uuid NOT NULL,
    campaign_id      uuid NOT NULL,
    contact_id       uuid NOT NULL,
    position         integer NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','called','skipped')),
    reason           text,
    call_session_id  uuid,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, contact_id),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX campaign_contacts_next_idx ON campaign_contacts (tenant_id, campaign_id, position) WHERE status = 'pending';

-- Platform operators' notifications (e.g. a tenant was paused automatically). Visible in platform scope only,
-- but a tenant-scoped transaction may add one about its own tenant.
CREATE TABLE platform_notifications (
    tenant_id   uuid REFERENCES tenants (id),
    id          uuid PRIMARY KEY,
    kind        text NOT NULL,
    detail      text,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['campaigns','campaign_contacts','platform_notifications'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I USING (
            (SELECT current_setting('app.scope', true)) = 'platform'
            OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
    END LOOP;
END $$;
