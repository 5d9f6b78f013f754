using System.Text.RegularExpressions;

namespace VioConcierge.Core.Abstractions;

/// <summary>
/// An email address a person can receive mail at, trimmed and lower-cased: a dot-atom local part (no quotes, no
/// leading, trailing or double dots) and a DNS domain of two or more labels ending in an alphabetic TLD. IP
/// literals and quoted local parts are refused.
/// </summary>
public sealed partial record EmailAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out EmailAddress email)
    {
        email = null!;
        var candidate = input?.Trim();
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxLength)
        {
            return false;
        }
        var at = candidate.LastIndexOf('@');
        if (at <= 0 || at > MaxLocalLength || !Shape().IsMatch(candidate))
        {
            return false;
        }
        email = new EmailAddress(candidate.ToLowerInvariant());
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
