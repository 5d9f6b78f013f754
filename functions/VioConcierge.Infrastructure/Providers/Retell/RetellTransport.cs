namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>What became of one request to Retell on the wire.</summary>
public enum RetellTransport
{
    /// <summary>Retell answered (any status code).</summary>
    Answered,

    /// <summary>The connection could not be made (name resolution, refused, TLS): the request was never sent.</summary>
    NotSent,

    /// <summary>No answer within the timeout: the request may have been acted on.</summary>
    TimedOut,

    /// <summary>The connection broke or the answer was unreadable after sending: the request may have been acted on.</summary>
    AnswerLost,
}
