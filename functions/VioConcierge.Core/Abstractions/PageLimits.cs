namespace VioConcierge.Core.Abstractions;

/// <summary>List paging limits shared by every list route.</summary>
public static class PageLimits
{
    public const int Default = 25;
    public const int Max = 100;

    public static int Normalise(int? requested) => requested is null or < 1 ? Default : Math.Min(requested.Value, Max);
}
