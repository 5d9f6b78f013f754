using System.Text;

namespace VioConcierge.Application.Csv;

/// <summary>
/// Reads RFC 4180 CSV text: comma-separated fields, records ending at CRLF, LF or a lone CR, and quoted fields that
/// may hold commas, line breaks and doubled quotes. Lenient where real files are: a quote inside an unquoted field is
/// kept as text, and text after a closing quote is appended. Blank lines are returned as empty records so that
/// record numbers still match the lines a spreadsheet shows.
/// </summary>
public static class CsvReader
{
    /// <summary>The records of <paramref name="text"/>, or null when a quoted field never closes.</summary>
    public static List<string[]>? Read(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (quoted, fieldStart, started) = (false, true, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
                continue;
            }
            switch (c)
            {
                case '"' when fieldStart:
                    (quoted, fieldStart, started) = (true, false, true);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    (fieldStart, started) = (true, true);
                    break;
                case '\r' or '\n':
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                    EndRecord(records, fields, field, started);
                    (fieldStart, started) = (true, false);
                    break;
                default:
                    field.Append(c);
                    (fieldStart, started) = (false, true);
                    break;
            }
        }
        if (quoted)
        {
            return null;
        }
        if (started)
        {
            EndRecord(records, fields, field, started);
        }
        return records;
    }

    private static void EndRecord(List<string[]> records, List<string> fields, StringBuilder field, bool started)
    {
        if (started)
        {
            fields.Add(field.ToString());
        }
        records.Add(fields.ToArray());
        fields.Clear();
        field.Clear();
    }
}
