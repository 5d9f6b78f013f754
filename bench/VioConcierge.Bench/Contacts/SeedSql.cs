namespace VioConcierge.Bench.Contacts;

/// <summary>The seeding SQL: staging tables without row-level security, and the moves into the real tables.</summary>
public static class SeedSql
{
    public const string ContactColumns = """
        tenant_id, id, name, phone, phone_digits, email, appointment_at, call_before_hours, call_due_at, status,
        call_attempts, last_contact_at, appointment_type, owner_name, company_name, duration_minutes, booking_source,
        external_id, priority, preferred_contact_method, created_by, created_at, updated_at
        """;

    public const string MemberColumns = "tenant_id, group_id, contact_id, added_at, added_by";

    public const string CreateStaging = """
        CREATE TEMP TABLE seed_contacts (
            tenant_id uuid, id uuid, name text, phone text, phone_digits text, email text, appointment_at timestamptz,
            call_before_hours integer, call_due_at timestamptz, status text, call_attempts integer, last_contact_at timestamptz,
            appointment_type text, owner_name text, company_name text, duration_minutes integer, booking_source text,
            external_id text, priority text, preferred_contact_method text, created_by uuid, created_at timestamptz,
            updated_at timestamptz);
        CREATE TEMP TABLE seed_members (tenant_id uuid, group_id uuid, contact_id uuid, added_at timestamptz, added_by uuid);
        """;

    public const string InsertGroup = """
        INSERT INTO contact_groups (tenant_id, id, name, description, colour, created_by, created_at, updated_at)
        VALUES (@TenantId, @Id, @Name, NULL, @Colour, @CreatedBy, @Now, @Now)
        """;

    /// <summary>In creation order, as the rows of a real table would have arrived.</summary>
    public const string MoveContacts =
        $"INSERT INTO contacts ({ContactColumns}) SELECT {ContactColumns} FROM seed_contacts ORDER BY created_at; DROP TABLE seed_contacts";

    public const string MoveMembers =
        $"INSERT INTO contact_group_members ({MemberColumns}) SELECT {MemberColumns} FROM seed_members; DROP TABLE seed_members";
}
