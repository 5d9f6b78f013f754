using VioConcierge.LocalHost.Durable;

namespace VioConcierge.LocalHost;

/// <summary>Where this host listens, once it does: what bindings that name the host (a Durable client) hand the worker.</summary>
public sealed class HostAddresses
{
    public Uri BaseAddress { get; private set; } = null!;

    public Uri WorkerEndpoint { get; private set; } = null!;

    /// <summary>The input a <c>[DurableClient]</c> parameter receives.</summary>
    public string DurableClientBinding { get; private set; } = "";

    internal void Listening(Uri baseAddress, Uri workerEndpoint)
    {
        BaseAddress = baseAddress;
        WorkerEndpoint = workerEndpoint;
        DurableClientBinding = DurableBridge.ClientBinding(workerEndpoint, baseAddress);
    }
}
