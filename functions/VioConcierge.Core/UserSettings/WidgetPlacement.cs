namespace VioConcierge.Core.UserSettings;

/// <summary>Where a widget sits on the dashboard's 12-column grid: column and row of its top-left cell, its size, and whether it is collapsed.</summary>
public sealed record WidgetPlacement(string Widget, int X, int Y, int Width, int Height, bool Collapsed = false)
{
    public const int Columns = 12;
    public const int MaxRow = 99;
    public const int MaxHeight = 12;
}
