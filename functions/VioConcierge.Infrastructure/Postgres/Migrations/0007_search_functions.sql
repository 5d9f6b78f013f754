-- Contact search through the indexes, under row-level security (bench/README.md, "Contacts").
--
-- Under RLS PostgreSQL only uses leakproof conditions as index conditions, and LIKE (trigram index on search_text
-- and phone_digits) and @> (blind index private_search) are not leakproof; only a superuser can change that, and the
-- production server has none. So every search read every contact of the tenant. The match now runs inside the
-- SECURITY DEFINER functions below, owned by the schema owner, to which the contacts policy does not apply: the
-- planner may then use the GIN indexes, and the functions return the matching contact ids of one tenant, which the
-- application's query joins back to contacts under the policy as before.
--
-- Roles (scripts/postgres-setup.sh; tests/VioConcierge.Functions.Tests/Support/TestDatabase.cs):
--   * the OWNER role owns every object and runs the migrations (ConnectionStrings:PostgresMigrations);
--   * the APP role (ConnectionStrings:Postgres) is LOGIN, NOSUPERUSER, NOBYPASSRLS, is not a member of the owner,
--     owns nothing, and has DML rights only, granted by the owner's default privileges in the database:
--       ALTER DEFAULT PRIVILEGES FOR ROLE <owner> IN SCHEMA public
--           GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO <app>;
--           GRANT USAGE, SELECT ON SEQUENCES TO <app>;
--           GRANT EXECUTE ON FUNCTIONS TO <app>;
-- Because the app role does not own the tables, ENABLE ROW LEVEL SECURITY applies to it. FORCE stays on every tenant
-- table but contacts: the owner has to read contacts past the policy inside the functions below (and only there:
-- nothing else runs as the owner but the migrations, which open in platform scope anyway). The host refuses to start
-- when its application connection owns contacts (MigrationRunner), since that would bypass the policy.
--
-- Grants: this migration cannot know the application role's name, so it grants nothing by name. It revokes EXECUTE
-- from PUBLIC (functions are executable by everyone by default); the application role gets EXECUTE through the
-- owner's default privileges above, which every environment sets up when it creates the database (the set-up script,
-- the test and bench harnesses; in production, provisioning runs the same statements as the owner).
--
-- The functions:
--   * read the tenant only from the transaction's app.tenant_id, never from an argument, and return nothing unless
--     app.scope is 'tenant' and app.tenant_id is set (Database.BeginTenantAsync sets both, transaction-locally);
--   * return live contacts only (deleted_at IS NULL, the predicate of the partial GIN indexes);
--   * take the LIKE pattern (lower-cased, LIKE-escaped, with its wildcards) or the blind-index slices the application
--     computed, and compare exactly as the application's own conditions do (ContactSearchSql).
-- They are STABLE with a fixed search_path; the caller applies its own filters (and the policy) on top.
--
-- Narrowing only pays when a term is selective: the trigram indexes are not per tenant, so a function visits every
-- tenant's matches, and the caller then fetches each of its tenant's matches by primary key. A term matching a large
-- share of the tenant (a common word, an e-mail domain), or a small tenant in a large table, is faster read the old
-- way (one pass over the tenant's contacts under the policy). contact_search_estimate gives the application the
-- planner's estimate to choose with (ContactSearchSql): the live contacts of all tenants the patterns match, relative
-- to the live contacts of the transaction's tenant. It runs EXPLAIN (hence VOLATILE, and as the owner: under the
-- policy the planner may not use the column statistics with LIKE) and returns only that ratio.

ALTER TABLE contacts NO FORCE ROW LEVEL SECURITY;

-- Phone terms match the digits of the number in any written form (phone_digits LIKE '%7700900%').
CREATE INDEX contacts_phone_digits_trgm ON contacts USING gin (phone_digits gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE FUNCTION contact_ids_like(pattern text) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 200
    SET search_path = public, pg_temp
AS $$
    SELECT c.id FROM public.contacts c
    WHERE current_setting('app.scope', true) = 'tenant'
      AND c.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND c.deleted_at IS NULL
      AND c.search_text LIKE pattern
$$;

CREATE FUNCTION contact_ids_digits(pattern text) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 200
    SET search_path = public, pg_temp
AS $$
    SELECT c.id FROM public.contacts c
    WHERE current_setting('app.scope', true) = 'tenant'
      AND c.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND c.deleted_at IS NULL
      AND c.phone_digits LIKE pattern
$$;

CREATE FUNCTION contact_ids_private(grams integer[]) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 200
    SET search_path = public, pg_temp
AS $$
    SELECT c.id FROM public.contacts c
    WHERE current_setting('app.scope', true) = 'tenant'
      AND c.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND c.deleted_at IS NULL
      AND c.private_search @> grams
$$;

CREATE FUNCTION contact_search_estimate(search_patterns text[], digit_patterns text[]) RETURNS real
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    plan json;
    pattern text;
    tenant_rows real;
    matches real := 0;
BEGIN
    IF current_setting('app.scope', true) IS DISTINCT FROM 'tenant' OR coalesce(current_setting('app.tenant_id', true), '') = '' THEN
        RETURN NULL;
    END IF;
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT FROM public.contacts WHERE tenant_id = %L::uuid AND deleted_at IS NULL',
        current_setting('app.tenant_id', true)) INTO plan;
    tenant_rows := greatest((plan -> 0 -> 'Plan' ->> 'Plan Rows')::real, 1);
    FOREACH pattern IN ARRAY coalesce(search_patterns, '{}') LOOP
        EXECUTE format('EXPLAIN (FORMAT JSON) SELECT FROM public.contacts WHERE deleted_at IS NULL AND search_text LIKE %L', pattern) INTO plan;
        matches := matches + (plan -> 0 -> 'Plan' ->> 'Plan Rows')::real;
    END LOOP;
    FOREACH pattern IN ARRAY coalesce(digit_patterns, '{}') LOOP
        EXECUTE format('EXPLAIN (FORMAT JSON) SELECT FROM public.contacts WHERE deleted_at IS NULL AND phone_digits LIKE %L', pattern) INTO plan;
        matches := matches + (plan -> 0 -> 'Plan' ->> 'Plan Rows')::real;
    END LOOP;
    RETURN matches / tenant_rows;
END
$$;

REVOKE ALL ON FUNCTION contact_ids_like(text), contact_ids_digits(text), contact_ids_private(integer[]),
    contact_search_estimate(text[], text[]) FROM PUBLIC;
