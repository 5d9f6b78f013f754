using System.Net;
using System.Text;
using VioConcierge.Application.Csv;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

/// <summary>Reads export responses: CSV records (checking the BOM) and the exported names.</summary>
public static class ExportDownloads
{
    public static async Task<List<string[]>> CsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "CSV exports start with a UTF-8 BOM.");
        return CsvReader.Read(Encoding.UTF8.GetString(bytes[3..]))!;
    }

    public static async Task<string[]> ExportedNamesAsync(this TenantSession t, string query)
    {
        var records = await CsvAsync(await t.Client.GetAsync("/api/contacts/export?fields=name&" + query));
        return records.Skip(1).Select(record => record[0]).ToArray();
    }
}
