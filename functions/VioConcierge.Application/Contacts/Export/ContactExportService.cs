using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Contacts.Export;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Contacts.Export;

/// <summary>
/// Exports the caller's live contacts (all, the list's filter, chosen ids, or one group's members). Preparing checks
/// the request, applies HIPAA-safe mode (always on while the tenant is in HIPAA mode) and commits the
/// <c>contact.exported</c> audit entry before any data leaves; writing then streams the rows from a second transaction.
/// </summary>
public sealed class ContactExportService(
    ITransactions database,
    IContactExport export,
    IGroupStore groups,
    IContactCipher cipher,
    TenantSettings settings,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<Result<PreparedExport>> PrepareAsync(CurrentUser me, ContactExportRequest request, ContactListRequest filter, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await settings.TimezoneAsync(uow, ct));
        var list = ContactListParameters.Parse(filter, zone, now);
        var parsed = ExportOptions.Parse(request, filter.Group);
        var errors = list.Errors ?? parsed.Errors;
        if (errors is not null)
        {
            return Result<PreparedExport>.Invalid(errors);
        }
        var options = parsed.Value!;
        if (options.Scope == "group" && await groups.FindAsync(uow, filter.Group![0], ct) is null)
        {
            return Result<PreparedExport>.NotFound();
        }
        var (compliance, _) = await settings.ComplianceAsync(uow, ct);
        var hipaaSafe = options.HipaaSafe || compliance.HipaaMode;
        var omitted = hipaaSafe ? options.Fields.Intersect(ExportFields.Sensitive).ToArray() : [];
        var fields = options.Fields.Except(omitted).ToArray();
        if (fields.Length == 0)
        {
            return Result<PreparedExport>.Invalid(FieldErrors.Single("fields", "HIPAA-safe exports leave out notes, special instructions, appointment type and status reason; choose other fields."));
        }
        var query = Scoped(options, list.Value!, filter);
        var count = await export.CountAsync(uow, query, now, ct);
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.ContactExported, "contact", null,
            new AuditChanges().Set("scope", options.Scope).Set("format", options.Format).Set("fields", fields).Set("omittedFields", omitted)
                .Set("hipaaSafe", hipaaSafe).Set("rows", count).Build(), me.ClientIp), ct);
        await uow.CommitAsync(ct);
        return Result<PreparedExport>.Ok(new PreparedExport(me.TenantId!.Value, query, options, fields, omitted, count, now));
    }

    public async Task WriteAsync(PreparedExport prepared, Stream body, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(prepared.TenantId, ct);
        var names = prepared.Fields.Contains(ExportFields.Groups)
            ? (await groups.ListAsync(uow, ct)).ToDictionary(group => group.Id, group => group.Name)
            : new Dictionary<Guid, string>();
        var values = new ExportValues(prepared.Options, cipher, names);
        var rows = export.StreamAsync(uow, prepared.Query, prepared.Now);
        _ = prepared.Options.Format == "json"
            ? await ExportStreamWriter.JsonAsync(body, rows, prepared.Fields, values, ct)
            : await ExportStreamWriter.CsvAsync(body, rows, prepared.Fields, values, ct);
        await uow.CommitAsync(ct);
    }

    private static ContactListQuery Scoped(ExportOptions options, ContactListQuery filtered, ContactListRequest filter)
    {
        var sorted = new ContactListQuery { Sort = filtered.Sort, Descending = filtered.Descending };
        return options.Scope switch
        {
            "filtered" => filtered,
            "selected" => sorted with { Ids = options.Ids },
            "group" => sorted with { Groups = [filter.Group![0]], GroupMatch = GroupMatch.Any },
            _ => sorted,
        };
    }
}
