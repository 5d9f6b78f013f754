using Microsoft.DurableTask.Client;

namespace VioConcierge.Functions.Work;

/// <summary>
/// The Durable client of the function invocation running now. The worker hands a client only to a function's
/// <c>[DurableClient]</c> parameter; a queue function that runs work puts it here, so a work handler it calls (a
/// campaign's signal) reaches the task hub without a parameter of its own.
/// </summary>
public static class InvocationDurableClient
{
    private static readonly AsyncLocal<DurableTaskClient?> Client = new();

    public static DurableTaskClient Current =>
        Client.Value ?? throw new InvalidOperationException("This work runs only in a function invocation that has a Durable client.");

    /// <summary>Makes <paramref name="client"/> the current one until the returned scope is disposed.</summary>
    public static IDisposable Use(DurableTaskClient client)
    {
        var before = Client.Value;
        Client.Value = client;
        return new Restore(() => Client.Value = before);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
