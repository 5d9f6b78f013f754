-- CSV import jobs and their per-row error report.
CREATE TABLE contact_imports (
    tenant_id       uuid NOT NULL REFERENCES tenants (id),
    id              uuid NOT NULL,
    created_by      uuid,
    actor_role      text NOT NULL,
    client_ip       text,
    file_name       text,
    status          text NOT NULL CHECK (status IN ('queued','running','completed','failed')),
    dry_run         boolean NOT NULL,
    mode            text NOT NULL CHECK (mode IN ('partial','strict')),
    duplicates      text NOT NULL CHECK (duplicates IN ('skip','update','create')),
    -- The resolved column mapping: [{field, index, header}].
    columns         jsonb NOT NULL,
    -- The uploaded CSV, encrypted (AES-GCM), kept only while a background job still needs it.
    csv_data        text,
    total_rows      integer NOT NULL,
    -- Rows whose outcome is committed: the background job resumes after them when it runs again.
    processed_rows  integer NOT NULL DEFAULT 0,
    -- Strict mode: every row passed validation, so the chunks may be written.
    validated       boolean NOT NULL DEFAULT false,
    imported        integer NOT NULL DEFAULT 0,
    updated         integer NOT NULL DEFAULT 0,
    skipped         integer NOT NULL DEFAULT 0,
    failed          integer NOT NULL DEFAULT 0,
    message         text,
    created_at      timestamptz NOT NULL,
    started_at      timestamptz,
    completed_at    timestamptz,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX contact_imports_created_idx ON contact_imports (tenant_id, created_at DESC);

CREATE TABLE contact_import_errors (
    tenant_id   uuid NOT NULL,
    import_id   uuid NOT NULL,
    row_number  integer NOT NULL,
    seq         integer NOT NULL,
    field       text NOT NULL,
    message     text NOT NULL,
    PRIMARY KEY (tenant_id, import_id, row_number, seq),
    FOREIGN KEY (tenant_id, import_id) REFERENCES contact_imports (tenant_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['contact_imports','contact_import_errors'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I USING (
            current_setting('app.scope', true) = 'platform'
            OR tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;
