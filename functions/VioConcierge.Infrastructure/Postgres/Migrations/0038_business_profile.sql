-- The business profile (seed 000 section 1; Application/Business). The legal name is tenants.name, as onboarding
-- writes it and the platform console lists it; the trading name, which the voice agent says when there is one, sits
-- next to it. tenants is a platform table (a reference table on a cluster, docs/scale-out.md), so a unique index on it
-- keeps trading names unique across the platform, as tenants_name_key does legal names. The rest of the profile is the
-- tenant's `business` settings section (tenant_settings), the document that already holds its bank holiday region.
ALTER TABLE tenants ADD COLUMN trading_name text;
CREATE UNIQUE INDEX tenants_trading_name_key ON tenants (lower(trading_name)) WHERE trading_name IS NOT NULL;

-- A name is unique among every tenant's legal and trading names. A tenant's own transaction sees only its own row
-- (row-level security), so it asks this function, which runs as the owner and answers only yes or no: whether a
-- tenant other than the transaction's has the name as its legal or trading name, case-insensitively. It answers only
-- in tenant scope (false otherwise; platform scope reads tenants directly). The unique indexes still decide a race.
-- The owner reads tenants past the policy only here (FORCE stays on; see 0007 and 0012 for the same pattern).
CREATE POLICY owner_lookup ON tenants FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION tenant_name_in_use(p_name text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.tenants t
        WHERE current_setting('app.scope', true) = 'tenant'
          AND t.id <> nullif(current_setting('app.tenant_id', true), '')::uuid
          AND (lower(t.name) = lower(p_name) OR lower(t.trading_name) = lower(p_name)))
$$;

REVOKE ALL ON FUNCTION tenant_name_in_use(text) FROM PUBLIC;
