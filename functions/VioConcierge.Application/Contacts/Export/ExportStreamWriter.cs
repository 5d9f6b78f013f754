using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Csv;
using VioConcierge.Core.Contacts.Export;

namespace VioConcierge.Application.Contacts.Export;

/// <summary>
/// Writes exported contacts to the response as they are read, flushing every <see cref="FlushEvery"/> rows:
/// CSV (UTF-8 with BOM for spreadsheets, CRLF, every cell neutralised against formula injection, headers that import
/// again) or JSON (an array of objects keyed by field name; numbers as numbers; not neutralised, as no spreadsheet
/// evaluates it). Returns how many rows were written.
/// </summary>
public static class ExportStreamWriter
{
    private const int FlushEvery = 500;

    public static async Task<int> CsvAsync(Stream body, IAsyncEnumerable<ContactRow> rows, IReadOnlyList<string> fields, ExportValues values, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        var line = CsvWriter.AppendRecord(new StringBuilder(), fields.Select(ExportFields.Header));
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            CsvWriter.AppendRecord(line, fields.Select(field => ExportValues.Text(values.Of(field, row))));
            await writer.WriteAsync(line, ct);
            line.Clear();
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(ct);
            }
        }
        await writer.WriteAsync(line, ct);
        await writer.FlushAsync(ct);
        return count;
    }

    public static async Task<int> JsonAsync(Stream body, IAsyncEnumerable<ContactRow> rows, IReadOnlyList<string> fields, ExportValues values, CancellationToken ct)
    {
        // Relaxed escaping keeps '+', apostrophes and accents readable; the file is a download, never inlined into HTML.
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            foreach (var field in fields)
            {
                switch (values.Of(field, row))
                {
                    case int number:
                        json.WriteNumber(field, number);
                        break;
                    case string text:
                        json.WriteString(field, text);
                        break;
                    default:
                        json.WriteNull(field);
                        break;
                }
            }
            json.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                await json.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
        return count;
    }
}
