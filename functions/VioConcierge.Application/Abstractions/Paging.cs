using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Abstractions;

/// <summary>Reads <c>limit</c> and <c>cursor</c> the same way on every list route.</summary>
public static class Paging
{
    public static bool TryRead(int? limit, string? cursor, FieldErrors errors, out int pageSize, out Cursor? after)
    {
        pageSize = PageLimits.Normalise(limit);
        errors.AddIf(limit is < 1 or > PageLimits.Max, "limit", $"Limit must be between 1 and {PageLimits.Max}.");
        var cursorOk = Cursor.TryDecode(cursor, out after);
        errors.AddIf(!cursorOk, "cursor", "Cursor is not valid.");
        return errors.IsEmpty;
    }
}
