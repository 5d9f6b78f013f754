using System.Text;

namespace VioConcierge.Application.Csv;

/// <summary>
/// Writes CSV records (RFC 4180: CRLF line ends; fields with commas, quotes or line breaks quoted, quotes doubled)
/// with every cell neutralised against formula injection (<see cref="CsvFormula"/>).
/// </summary>
public static class CsvWriter
{
    public static StringBuilder AppendRecord(StringBuilder builder, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                builder.Append(',');
            }
            first = false;
            AppendCell(builder, CsvFormula.Neutralise(cell ?? ""));
        }
        return builder.Append("\r\n");
    }

    private static void AppendCell(StringBuilder builder, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            builder.Append(value);
            return;
        }
        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
