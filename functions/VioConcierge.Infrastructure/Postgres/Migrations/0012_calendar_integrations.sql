-- Calendar integrations (Cal.com, Calendly): one per tenant and provider, its id created on the first save of its
-- settings and used in the webhook URL (/api/webhooks/{provider}/{id}). Secrets are not here (tenant_secrets /
-- Key Vault: calcom/api-key, calcom/webhook-secret, calendly/api-key, calendly/webhook-signing-key); settings holds
-- only the non-secret CalendarIntegrationSettings as JSON.
--
-- booking_links: the provider's booking identities that point at a contact (Cal.com booking uid, Calendly invitee
-- URI). A contact may have several: the old and the new identity after a reschedule.
-- calendar_events: one row per processed booking event, for the sync status (imports today and in total, failed and
-- skipped imports with a short reason code: no_phone, invalid_phone, appointment_in_past, event_type_filtered,
-- duplicate_skipped, auto_create_off, unknown_booking, phi_blocked, invalid_booking).
--
-- booking_links.contact_id references contacts through (tenant_id, id), contacts' key (contacts has no key on id
-- alone), so a link can never name another tenant's contact.

CREATE TABLE calendar_integrations (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenants (id),
    provider       text NOT NULL CHECK (provider IN ('calcom','calendly')),
    enabled        boolean NOT NULL,
    settings       jsonb NOT NULL,
    version        integer NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     uuid,
    last_event_at  timestamptz,
    UNIQUE (tenant_id, provider)
);

CREATE TABLE booking_links (
    tenant_id    uuid NOT NULL,
    provider     text NOT NULL,
    external_id  text NOT NULL,
    contact_id   uuid NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, provider, external_id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id)
);
CREATE INDEX booking_links_contact_idx ON booking_links (tenant_id, contact_id);

CREATE TABLE calendar_events (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL,
    integration_id  uuid NOT NULL REFERENCES calendar_integrations (id),
    provider        text NOT NULL,
    trigger         text NOT NULL,
    external_id     text,
    outcome         text NOT NULL CHECK (outcome IN ('created','updated','moved','cancelled','skipped','failed','ignored')),
    reason          text,
    contact_id      uuid,
    occurred_at     timestamptz NOT NULL,
    processed_at    timestamptz NOT NULL
);
CREATE INDEX calendar_events_processed_idx ON calendar_events (tenant_id, integration_id, processed_at DESC);

ALTER TABLE calendar_integrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_integrations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON calendar_integrations USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));

ALTER TABLE booking_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking_links FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON booking_links USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));

ALTER TABLE calendar_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON calendar_events USING (
    (SELECT current_setting('app.scope', true)) = 'platform'
    OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));

-- The webhook's only way to find an integration's tenant before any tenant scope is set: by the integration id in
-- the URL (unguessable, but not a secret: the signature check that follows is what authenticates a delivery). It runs
-- as the owner (SECURITY DEFINER) and returns exactly the one row asked for, never a list. The table keeps FORCE for
-- everything else; the owner alone (the role running this migration, CURRENT_USER here) may read its rows past the
-- tenant policy, which is what the function needs (nothing but the migrations and these functions runs as the owner).
-- The application role gets EXECUTE through the owner's default privileges (see 0007).
CREATE POLICY owner_lookup ON calendar_integrations FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION calendar_integration_by_id(p_id uuid)
    RETURNS TABLE (tenant_id uuid, provider text, enabled boolean, settings jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT i.tenant_id, i.provider, i.enabled, i.settings FROM public.calendar_integrations i WHERE i.id = p_id
$$;

REVOKE ALL ON FUNCTION calendar_integration_by_id(uuid) FROM PUBLIC;
