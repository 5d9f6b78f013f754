-- work_items carries a tenant on every row, like audit_log (0019): platform work (the platform's own notifications,
-- replays) gets the platform tenant id (all zeros) instead of NULL, so tenant_id can be NOT NULL and part of its keys,
-- as a distributed table needs. Tenant policies never show the platform id to a tenant, exactly as NULL did; the
-- application reads it back as "no tenant".
-- Dedupe keys become unique per tenant. Every key already names the row it is for (a reminder, a call, a webhook
-- event received for one tenant), so no two tenants' items ever shared one.
-- The queue still finds an item by id alone (completion, lease renewal, replay): a plain index keeps those lookups
-- as fast as under the old primary key.
UPDATE work_items SET tenant_id = '00000000-0000-0000-0000-000000000000' WHERE tenant_id IS NULL;
ALTER TABLE work_items ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE work_items DROP CONSTRAINT work_items_pkey;
ALTER TABLE work_items ADD PRIMARY KEY (tenant_id, id);
CREATE INDEX work_items_id_idx ON work_items (id);
DROP INDEX work_items_dedupe_key;
CREATE UNIQUE INDEX work_items_dedupe_key ON work_items (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
