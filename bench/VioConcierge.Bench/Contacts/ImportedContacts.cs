using System.Globalization;
using System.Text.Json;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The contacts one import created, as a console user finds them: one export (<c>GET /api/contacts/export?format=json
/// &amp;scope=filtered&amp;fields=id,email</c>) filtered by the search <c>email:import.{run}.</c> (every row of a
/// bench file has the e-mail <c>import.{run}.{row}@example.org</c>, see <see cref="ImportCsv"/>).
/// </summary>
public static class ImportedContacts
{
    /// <summary>The ids of the run's contacts, newest first (last row of the file first); throws when the export fails.</summary>
    public static async Task<IReadOnlyList<Guid>> NewestFirstAsync(BenchApiClient api, string run, CancellationToken ct)
    {
        var prefix = $"import.{run}.";
        var query = $"/api/contacts/export?format=json&scope=filtered&fields=id,email&q={Uri.EscapeDataString("email:" + prefix)}";
        var response = (await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, query), ct)).Expect(200, "export of the imported contacts");
        using var json = response.Json();
        return json.RootElement.EnumerateArray()
            .Select(row => (Id: row.GetProperty("id").GetGuid(), Email: row.GetProperty("email").GetString() ?? ""))
            .Where(row => row.Email.StartsWith(prefix, StringComparison.Ordinal))
            .OrderByDescending(row => RowNumber(row.Email, prefix))
            .Select(row => row.Id)
            .ToArray();
    }

    private static int RowNumber(string email, string prefix) =>
        int.TryParse(email.AsSpan(prefix.Length, email.IndexOf('@', StringComparison.Ordinal) - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            ? row
            : -1;
}
