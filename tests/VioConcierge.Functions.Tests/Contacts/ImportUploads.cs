using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace VioConcierge.Functions.Tests.Contacts;

/// <summary>Builds CSV files and posts them to the import route as multipart/form-data.</summary>
public static class ImportUploads
{
    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string csv, string query = "", string? mapping = null) =>
        client.ImportAsync(Encoding.UTF8.GetBytes(csv), query, mapping);

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] file, string query = "", string? mapping = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "contacts.csv");
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping, Encoding.UTF8, "application/json"), "mapping");
        }
        return client.PostAsync("/api/contacts/import" + (query.Length > 0 ? "?" + query : ""), form);
    }

    /// <summary>A CSV with CRLF line ends from its lines.</summary>
    public static string CsvText(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    /// <summary>A day <paramref name="days"/> ahead of now, as an ISO date (yyyy-MM-dd).</summary>
    public static string IsoDay(DateTimeOffset now, int days) => now.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A distinct valid UK mobile number per <paramref name="i"/> (0770 plus seven digits).</summary>
    public static string Mobile(int i) => "0770" + i.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>A header line and <paramref name="rows"/> valid data rows, each with its own phone.</summary>
    public static string ValidRows(DateTimeOffset now, int rows, int firstPhone = 0)
    {
        var csv = new StringBuilder("Name,Phone,Appointment Date,Appointment Time,Notes\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Person {Letters(i)},{Mobile(firstPhone + i)},{IsoDay(now, 5 + i % 20)},10:30,Row {i + 1}\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Letters only (names may not hold digits): 0 -> Aa, 1 -> Ab, ...</summary>
    public static string Letters(int i)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, (char)('a' + i % 26));
            i /= 26;
        }
        while (i > 0);
        return "A" + text;
    }
}
