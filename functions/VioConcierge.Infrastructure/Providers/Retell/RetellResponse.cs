namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>One answer from Retell: how the exchange went, the status code and the parsed body of a 2xx.</summary>
public sealed record RetellResponse<T>(RetellTransport Transport, int StatusCode = 0, T? Value = default)
{
    public bool IsSuccess => Transport == RetellTransport.Answered && StatusCode is >= 200 and < 300;
}
