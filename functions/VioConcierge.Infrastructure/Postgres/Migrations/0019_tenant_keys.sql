-- Keys that include tenant_id, so the calendar tables can be distributed by tenant_id on a Citus cluster
-- (docs/scale-out.md; the rule is tests/.../Postgres/ScaleOutSchemaTests.cs). Ids stay unique on their own: the
-- application creates them (UUIDv7), and an integration's id is also the key of its webhook route (below).
ALTER TABLE calendar_events DROP CONSTRAINT calendar_events_integration_id_fkey;
ALTER TABLE calendar_events DROP CONSTRAINT calendar_events_pkey;
ALTER TABLE calendar_events ADD PRIMARY KEY (tenant_id, id);
ALTER TABLE calendar_integrations DROP CONSTRAINT calendar_integrations_pkey;
ALTER TABLE calendar_integrations ADD PRIMARY KEY (tenant_id, id);
ALTER TABLE calendar_events ADD CONSTRAINT calendar_events_integration_fkey
    FOREIGN KEY (tenant_id, integration_id) REFERENCES calendar_integrations (tenant_id, id);

-- A calendar webhook names its integration by id alone (/api/webhooks/{provider}/{id}) and must find the tenant
-- before any tenant scope exists. The route is the platform-wide answer: one small row per integration, a reference
-- table on a cluster (a copy on every node), so the webhook reads its tenant there and then reads the integration
-- on that tenant's shard only. Its primary key keeps integration ids unique across tenants. The column is not
-- called tenant_id: the table is a platform table, not distributed. Written with the integration (same transaction).
CREATE TABLE calendar_webhook_routes (
    integration_id  uuid PRIMARY KEY,
    owner_tenant    uuid NOT NULL REFERENCES tenants (id)
);
INSERT INTO calendar_webhook_routes (integration_id, owner_tenant) SELECT id, tenant_id FROM calendar_integrations;
ALTER TABLE calendar_webhook_routes ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_webhook_routes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON calendar_webhook_routes USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR owner_tenant = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY owner_lookup ON calendar_webhook_routes FOR SELECT TO CURRENT_USER USING (true);

-- Same contract as in 0012 (exactly the one row asked for, never a list), now through the route: the tenant first,
-- then the integration by its full key, so a cluster reads one shard.
CREATE OR REPLACE FUNCTION calendar_integration_by_id(p_id uuid)
    RETURNS TABLE (tenant_id uuid, provider text, enabled boolean, settings jsonb)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_tenant uuid := (SELECT r.owner_tenant FROM public.calendar_webhook_routes r WHERE r.integration_id = p_id);
BEGIN
    RETURN QUERY SELECT i.tenant_id, i.provider, i.enabled, i.settings
        FROM public.calendar_integrations i WHERE i.tenant_id = v_tenant AND i.id = p_id;
END $$;

-- Platform rows get the platform tenant id (all zeros) instead of NULL, so tenant_id can be NOT NULL and part of
-- every key: a distributed table refuses a NULL distribution value. No real tenant may ever have that id, so the
-- tenant policies (tenant_id = the transaction's tenant) never show a platform row to a tenant, exactly as NULL
-- did; platform scope sees them as before. The application reads the platform id back as "no tenant".
-- audit_log: platform entries (super admin sign-ins, the bootstrap, platform work replays). It has no foreign key
-- to tenants, so the platform id needs no tenants row. The append-only trigger is lifted for this one backfill.
ALTER TABLE tenants ADD CONSTRAINT tenants_not_platform CHECK (id <> '00000000-0000-0000-0000-000000000000');
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
UPDATE audit_log SET tenant_id = '00000000-0000-0000-0000-000000000000' WHERE tenant_id IS NULL;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
ALTER TABLE audit_log ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;
ALTER TABLE audit_log ADD PRIMARY KEY (tenant_id, id);

-- platform_notifications: only ever written by a tenant's work (a tenant was paused, a caller id was flagged), so
-- every row already names its tenant.
ALTER TABLE platform_notifications ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE platform_notifications DROP CONSTRAINT platform_notifications_pkey;
ALTER TABLE platform_notifications ADD PRIMARY KEY (tenant_id, id);
