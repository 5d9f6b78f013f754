namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>The names of <see cref="DuplicateHandling"/> values as the API and the stored settings spell them.</summary>
public static class DuplicateHandlings
{
    public const string CreateNew = "create_new";
    public const string UpdateExisting = "update_existing";
    public const string SkipDuplicates = "skip_duplicates";

    public static readonly IReadOnlyList<string> All = [CreateNew, UpdateExisting, SkipDuplicates];

    public static bool TryParse(string? name, out DuplicateHandling handling)
    {
        (var known, handling) = name switch
        {
            CreateNew => (true, DuplicateHandling.CreateNew),
            UpdateExisting => (true, DuplicateHandling.UpdateExisting),
            SkipDuplicates => (true, DuplicateHandling.SkipDuplicates),
            _ => (false, default),
        };
        return known;
    }

    public static string Name(this DuplicateHandling handling) => handling switch
    {
        DuplicateHandling.CreateNew => CreateNew,
        DuplicateHandling.SkipDuplicates => SkipDuplicates,
        _ => UpdateExisting,
    };
}
