namespace VioConcierge.Core.Integrations;

/// <summary>What may be shown of a stored secret: whether there is one and, for longer ones, its last four characters.</summary>
public sealed record SecretMask(bool Configured, string? Last4)
{
    public const int MinimumLengthForHint = 12;

    public static readonly SecretMask None = new(false, null);

    public static SecretMask Of(string? secret) => secret switch
    {
        null or "" => None,
        { Length: >= MinimumLengthForHint } => new(true, secret[^4..]),
        _ => new(true, null),
    };
}
