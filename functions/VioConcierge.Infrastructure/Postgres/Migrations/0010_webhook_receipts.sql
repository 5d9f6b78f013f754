-- Receipts of provider webhooks, one per provider event identity (Retell: call id + event). A repeated delivery
-- finds its receipt and changes nothing. The tenant comes from the event's metadata and is only recorded when the
-- call session it names belongs to that tenant. No body is kept: the work item carries the few facts it needs.
-- tenant_id has no foreign key: a receipt is only inserted by the statement that finds the tenant's call session, and
-- a key check would take a KEY SHARE lock on the tenant's row for every delivery (multixacts under concurrent load).
-- No index besides the key: every delivery writes one, and nothing on the hot path reads receipts by session.

CREATE TABLE webhook_receipts (
    tenant_id        uuid NOT NULL,
    provider         text NOT NULL,
    event_key        text NOT NULL,
    event            text NOT NULL,
    call_session_id  uuid,
    received_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, provider, event_key, event)
);

ALTER TABLE webhook_receipts ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_receipts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_receipts USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
