using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts.Export;

namespace VioConcierge.Application.Contacts.Export;

/// <summary>An export request checked: format, scope, fields (known names only), ids, and the value formats.</summary>
public sealed record ExportOptions(
    string Format, string Scope, IReadOnlyList<string> Fields, IReadOnlyList<Guid> Ids, string DateFormat, string PhoneFormat, bool HipaaSafe)
{
    public const int MaxIds = 10_000;
    private static readonly string[] Formats = ["csv", "json"];
    private static readonly string[] Scopes = ["all", "filtered", "selected", "group"];
    private static readonly string[] DateFormats = ["iso", "uk"];
    private static readonly string[] PhoneFormats = ["e164", "national", "international"];

    public static Result<ExportOptions> Parse(ContactExportRequest r, IReadOnlyList<Guid>? groups)
    {
        var errors = new FieldErrors();
        var (format, scope) = (r.Format ?? "csv", r.Scope ?? "all");
        var (dateFormat, phoneFormat) = (r.DateFormat ?? "iso", r.PhoneFormat ?? "e164");
        errors.AddIf(!Formats.Contains(format), "format", "Format must be csv or json.");
        errors.AddIf(!Scopes.Contains(scope), "scope", "Scope must be all, filtered, selected or group.");
        errors.AddIf(!DateFormats.Contains(dateFormat), "dateFormat", "Date format must be iso or uk.");
        errors.AddIf(!PhoneFormats.Contains(phoneFormat), "phoneFormat", "Phone format must be e164, national or international.");
        var names = Split(r.Fields is null ? null : [r.Fields]);
        var unknown = names.Where(name => ExportFields.Canonical(name) is null).ToArray();
        errors.AddIf(unknown.Length > 0, "fields", $"Unknown field(s): {string.Join(", ", unknown)}. Fields: {string.Join(", ", ExportFields.All)}.");
        var fields = names.Count == 0 ? ExportFields.Standard : names.Select(name => ExportFields.Canonical(name)!).Distinct().ToArray();
        var idTexts = Split(r.Ids);
        var ids = idTexts.Select(text => Guid.TryParse(text, out var id) ? id : (Guid?)null).ToArray();
        errors.AddIf(ids.Any(id => id is null), "ids", "Ids must be contact ids (UUIDs), comma-separated.");
        errors.AddIf(ids.Length > MaxIds, "ids", $"At most {MaxIds} ids can be exported at once.");
        errors.AddIf(scope == "selected" && ids.Length == 0, "ids", "Choose at least one contact id for scope=selected.");
        errors.AddIf(scope == "group" && groups is not { Count: 1 }, "group", "Choose one group for scope=group.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        return new ExportOptions(format, scope, fields, ids.Select(id => id!.Value).ToArray(), dateFormat, phoneFormat, r.HipaaSafe == true);
    }

    private static List<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
