using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>The contact list and statistics of the caller's tenant.</summary>
public sealed class ContactListService(
    ITransactions database, IContactList list, IContactCipher cipher, TenantSettings settings, TimeProvider time)
{
    public async Task<Result<Page<ContactResponse>>> ListAsync(
        CurrentUser me, ContactListRequest request, int? limit, string? cursor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await settings.TimezoneAsync(uow, ct));
        var parsed = ContactListParameters.Parse(request, zone, now);
        var errors = parsed.Errors ?? new FieldErrors();
        errors.AddIf(limit is < 1 or > PageLimits.Max, "limit", $"Limit must be between 1 and {PageLimits.Max}.");
        var query = parsed.Value;
        ContactCursor? after = null;
        errors.AddIf(query is not null && !ContactCursor.TryDecode(cursor, query.Sort, query.Descending, out after),
            "cursor", "Cursor is not valid for this sort and order.");
        if (!errors.IsEmpty)
        {
            return Result<Page<ContactResponse>>.Invalid(errors);
        }
        var page = await list.ListAsync(uow, query!, PageLimits.Normalise(limit), after, now, ct);
        return Result<Page<ContactResponse>>.Ok(
            new Page<ContactResponse>(page.Items.Select(row => ContactResponse.From(row, cipher)).ToArray(), page.NextCursor, page.Total));
    }

    public async Task<ContactStats> StatsAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await list.StatsAsync(uow, time.GetUtcNow(), ct);
    }
}
