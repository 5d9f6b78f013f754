namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// What the application role needs in a database the owner role created, before the first migration: to connect,
/// and DML rights on the tables (EXECUTE on the functions, USAGE on the sequences) the owner will create, given by
/// the owner's default privileges (stored per database). Run as the owner, connected to that database. The same
/// statements as scripts/postgres-setup.sh; used by the test and bench harnesses for their throw-away databases.
/// </summary>
public static class ApplicationRoleGrants
{
    public static string Sql(string database, string applicationRole)
    {
        var app = Quote(applicationRole);
        return $"""
            GRANT CONNECT, TEMPORARY ON DATABASE {Quote(database)} TO {app};
            GRANT USAGE ON SCHEMA public TO {app};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO {app};
            """;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
