-- Contacts, groups and per-tenant settings sections.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One JSON document per settings section (compliance, calls, business, ...) per tenant, versioned.
CREATE TABLE tenant_settings (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    section     text NOT NULL,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  uuid,
    version     integer NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, section)
);

CREATE TABLE contacts (
    tenant_id                  uuid NOT NULL REFERENCES tenants (id),
    id                         uuid NOT NULL,
    name                       text NOT NULL,
    phone                      text NOT NULL,
    phone_digits               text NOT NULL,
    email                      text,
    appointment_at             timestamptz,
    timezone                   text NOT NULL DEFAULT 'Europe/London',
    call_before_hours          integer NOT NULL CHECK (call_before_hours BETWEEN 1 AND 168),
    call_due_at                timestamptz,
    status                     text NOT NULL DEFAULT 'pending'
                               CHECK (status IN ('pending','confirmed','cancelled','rescheduled')),
    status_reason              text,
    call_attempts              integer NOT NULL DEFAULT 0,
    last_contact_at            timestamptz,
    notes                      text,
    appointment_type           text,
    owner_name                 text,
    company_name               text,
    duration_minutes           integer CHECK (duration_minutes IN (15,30,45,60,90,120)),
    special_instructions       text,
    booking_source             text NOT NULL DEFAULT 'manual' CHECK (booking_source IN ('manual','calcom','calendly')),
    external_id                text,
    location_id                uuid,
    priority                   text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal','high','urgent')),
    preferred_contact_method   text NOT NULL DEFAULT 'voice' CHECK (preferred_contact_method IN ('voice','email','sms')),
    phi_flags                  text[] NOT NULL DEFAULT '{}',
    private_search             integer[] NOT NULL DEFAULT '{}',
    created_by                 uuid,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    deleted_at                 timestamptz,
    version                    integer NOT NULL DEFAULT 1,
    search_text                text GENERATED ALWAYS AS (lower(
        name || ' ' || phone || ' ' || phone_digits || ' ' || coalesce(email, '') || ' ' ||
        coalesce(appointment_type, '') || ' ' || coalesce(owner_name, '') || ' ' || coalesce(company_name, ''))) STORED,
    PRIMARY KEY (tenant_id, id)
);
-- Lists page by keyset within one tenant; every list index skips deleted rows.
CREATE INDEX contacts_created_idx ON contacts (tenant_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX contacts_appointment_idx ON contacts (tenant_id, coalesce(appointment_at, 'infinity'), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_name_idx ON contacts (tenant_id, lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_status_idx ON contacts (tenant_id, status, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_attempts_idx ON contacts (tenant_id, call_attempts, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_call_due_idx ON contacts (tenant_id, call_due_at) WHERE deleted_at IS NULL;
CREATE INDEX contacts_last_contact_idx ON contacts (tenant_id, last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX contacts_phone_idx ON contacts (tenant_id, phone) WHERE deleted_at IS NULL;
CREATE INDEX contacts_email_idx ON contacts (tenant_id, lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL;
CREATE INDEX contacts_external_idx ON contacts (tenant_id, booking_source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX contacts_search_trgm ON contacts USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
-- Blind index over the encrypted notes and special instructions (keyed hashes of 2/3-character slices).
CREATE INDEX contacts_private_search ON contacts USING gin (private_search) WHERE deleted_at IS NULL;

CREATE TABLE contact_groups (
    tenant_id    uuid NOT NULL REFERENCES tenants (id),
    id           uuid NOT NULL,
    name         text NOT NULL,
    description  text,
    colour       text NOT NULL,
    created_by   uuid,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      integer NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX contact_groups_name_key ON contact_groups (tenant_id, lower(name));

CREATE TABLE contact_group_members (
    tenant_id   uuid NOT NULL,
    group_id    uuid NOT NULL,
    contact_id  uuid NOT NULL,
    added_at    timestamptz NOT NULL,
    added_by    uuid,
    PRIMARY KEY (tenant_id, group_id, contact_id),
    FOREIGN KEY (tenant_id, group_id) REFERENCES contact_groups (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_group_members_contact_idx ON contact_group_members (tenant_id, contact_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenant_settings','contacts','contact_groups','contact_group_members'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I USING (
            current_setting('app.scope', true) = 'platform'
            OR tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;
