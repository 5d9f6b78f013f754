-- Receipts of provider webhooks, one per provider event identity (Retell: call id + event). A repeated delivery
-- finds its receipt and changes nothing. The tenant comes from the event's metadata and is only recorded when the
-- call session it names belongs to that tenant. No body is kept: the work item carries the few facts it needs.

CREATE TABLE webhook_receipts (
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    provider         text NOT NULL,
    event_key        text NOT NULL,
    event            text NOT NULL,
    call_session_id  uuid,
    received_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, provider, event_key, event)
);
CREATE INDEX webhook_receipts_session_idx ON webhook_receipts (tenant_id, call_session_id);

ALTER TABLE webhook_receipts ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_receipts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_receipts USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
