using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Email;

/// <summary>
/// The web console the links in emails open (section <c>Console</c>): <c>{BaseUrl}/set-password?token=...</c> and
/// <c>{BaseUrl}/confirm-email?token=...</c>, pages that post the token to the API, and the pages notifications are
/// about (feed items carry the path alone).
/// </summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "";

    /// <summary>The console address of <paramref name="path"/> (a path starting with <c>/</c>).</summary>
    public string Page(string path) => BaseUrl.TrimEnd('/') + path;

    /// <summary>The console page <paramref name="path"/> with the token as its query.</summary>
    public string Link(string path, string token) => $"{BaseUrl.TrimEnd('/')}/{path}?token={Uri.EscapeDataString(token)}";
}
