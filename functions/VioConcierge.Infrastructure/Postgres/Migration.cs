using System.Security.Cryptography;
using System.Text;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>One embedded SQL migration: <c>NNNN_name.sql</c>, applied once in version order.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    public static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migration).Assembly;
        const string prefix = "VioConcierge.Infrastructure.Postgres.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[prefix.Length..^".sql".Length];
                var version = int.Parse(fileName[..fileName.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new Migration(version, fileName, reader.ReadToEnd());
            })
            .OrderBy(migration => migration.Version)
            .ToArray();
    }
}
