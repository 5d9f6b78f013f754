using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace VioConcierge.Functions.Tests.Architecture;

/// <summary>The string literals of a built assembly that read as SQL statements.</summary>
public static partial class SqlText
{
    public static IReadOnlyList<string> In(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var found = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            var text = reader.GetUserString(handle);
            if (Statement().IsMatch(text))
            {
                found.Add(text);
            }
            handle = reader.GetNextHandle(handle);
        }
        return found;
    }

    [GeneratedRegex(@"\bSELECT\b[\s\S]+\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bset_config\(")]
    private static partial Regex Statement();
}
