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

    /// <summary>
    /// Runs <paramref name="change"/> with the version the caller expects (see <see cref="Read"/>), or answers the 400
    /// naming <c>If-Match</c> or <c>version</c> when that is not a valid version.
    /// </summary>
    public static async Task<IResult> CheckedAsync(HttpRequest request, int? bodyVersion, Func<int?, Task<IResult>> change)
    {
        var errors = new FieldErrors();
        var expected = Read(request.HttpContext, bodyVersion, errors);
        return errors.IsEmpty ? await change(expected) : ApiProblems.Validation(errors);
    }

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>200 with <paramref name="value"/>, and its ETag once it has been saved (a version above 0; defaults never saved have none).</summary>
    public static IResult Ok<T>(HttpContext context, T value, int version)
    {
        if (version > 0)
        {
            context.Response.Headers.ETag = ETag(version);
        }
        return TypedResults.Ok(value);
    }
}
