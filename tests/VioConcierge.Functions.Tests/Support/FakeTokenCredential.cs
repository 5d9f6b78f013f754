using Azure.Core;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A Microsoft Entra credential that hands out the tokens it is given (the last one for ever after), or throws, and
/// records the scopes it was asked for: stands in for a managed identity where no Azure is.
/// </summary>
public sealed class FakeTokenCredential(params string[] tokens) : TokenCredential
{
    private readonly Lock _lock = new();
    private readonly List<string> _scopes = [];
    private int _calls;

    /// <summary>Thrown instead of handing out a token, when set.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (_lock)
            {
                return [.. _scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _scopes.AddRange(requestContext.Scopes);
            if (Failure is not null)
            {
                throw Failure;
            }
            var token = tokens[Math.Min(_calls++, tokens.Length - 1)];
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
