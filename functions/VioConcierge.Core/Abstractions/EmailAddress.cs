using System.Net.Mail;

namespace VioConcierge.Core.Abstractions;

/// <summary>A syntactically valid email address, trimmed and lower-cased.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out EmailAddress email)
    {
        email = null!;
        var candidate = input?.Trim();
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxLength || candidate.Contains(' '))
        {
            return false;
        }
        if (!MailAddress.TryCreate(candidate, out var parsed) || parsed.Address != candidate)
        {
            return false;
        }
        var domain = parsed.Host;
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains(".."))
        {
            return false;
        }
        email = new EmailAddress(candidate.ToLowerInvariant());
        return true;
    }

    public override string ToString() => Value;
}
