-- Contacts performance, found by the contacts load driver (bench/README.md) at 100,000 contacts per tenant.
--
-- 1. The tenant policy called current_setting() twice for every row it checked, so a statement reading all of a
--    tenant's contacts (the list total, filters, searches) spent most of its time in the policy: count(*) over
--    100,000 contacts took ~75 ms. A scalar subquery is evaluated once per statement (an InitPlan) and compared as
--    a parameter: ~18 ms. Same expression, same result; only the contact tables are changed here.
-- 2. Row-level security only lets leakproof conditions use an index, and lower() is not leakproof, so the duplicate
--    e-mail check (lower(email) = lower(@Email)) could not use contacts_email_idx and read every contact of the
--    tenant on each create and update (~37 ms at 100,000). E-mails are stored lower-cased (EmailAddress), so the
--    check now compares email itself (texteq is leakproof) through this index.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenant_settings','contacts','contact_groups','contact_group_members'] LOOP
        EXECUTE format($p$ALTER POLICY tenant_isolation ON %I USING (
            (SELECT current_setting('app.scope', true)) = 'platform'
            OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
    END LOOP;
END $$;

CREATE INDEX contacts_email_exact_idx ON contacts (tenant_id, email) WHERE deleted_at IS NULL AND email IS NOT NULL;
