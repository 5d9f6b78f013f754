namespace VioConcierge.Core.Identity;

/// <summary>
/// A sign-in's device as a person reads it ("Chrome on Windows", "Safari on iPhone"), from its User-Agent header: the
/// main browsers (Edge, Opera, Samsung Internet, Firefox, Chrome, Safari) and systems (Windows, macOS, iOS and iPadOS,
/// Android, ChromeOS, Linux), tested in that order because each browser's header names the ones it derives from.
/// Anything else is "Unknown browser" / "unknown system"; a missing header is "Unknown device".
/// </summary>
public static class UserAgentDevice
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("EdgA/", "Edge"), ("EdgiOS/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
        ("curl/", "curl"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("CrOS", "ChromeOS"), ("Windows", "Windows"),
        ("Macintosh", "macOS"), ("Mac OS X", "macOS"), ("Linux", "Linux"),
    ];

    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown device";
        }
        var browser = First(Browsers, userAgent) ?? "Unknown browser";
        var system = First(Systems, userAgent);
        return system is null ? browser : $"{browser} on {system}";
    }

    private static string? First((string Token, string Name)[] table, string userAgent) =>
        table.FirstOrDefault(entry => userAgent.Contains(entry.Token, StringComparison.Ordinal)).Name;
}
