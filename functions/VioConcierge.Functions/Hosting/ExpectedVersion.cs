using System.Globalization;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Optimistic concurrency for updates: the version the caller last saw, from <c>If-Match</c> (<c>"3"</c>, <c>W/"3"</c>
/// or <c>3</c>) or a <c>version</c> body field. Null means "no check requested".
/// </summary>
public static class ExpectedVersion
{
    public static int? Read(HttpContext context, int? bodyVersion, FieldErrors errors)
    {
        var header = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            errors.AddIf(bodyVersion is < 1, "version", "Version must be a positive number.");
            return bodyVersion;
        }
        var text = header.Trim();
        text = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        if (int.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1
            && (bodyVersion is null || bodyVersion == version))
        {
            return version;
        }
        errors.Add("If-Match", "If-Match must be the resource's current version (and agree with any version in the body).");
        return null;
    }

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
