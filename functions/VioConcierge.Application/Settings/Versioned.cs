namespace VioConcierge.Application.Settings;

/// <summary>A settings section with the version it is stored at (0: never saved, the defaults).</summary>
public sealed record Versioned<T>(T Value, int Version);
