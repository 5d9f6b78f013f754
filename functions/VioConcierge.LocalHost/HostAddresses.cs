using VioConcierge.LocalHost.Durable;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>Where this host listens, once it does: what bindings that name the host (a Durable client) hand the worker.</summary>
public sealed class HostAddresses
{
    public Uri BaseAddress { get; private set; } = null!;

    public Uri WorkerEndpoint { get; private set; } = null!;

    /// <summary>The input a <c>[DurableClient]</c> parameter receives.</summary>
    public string DurableClientBinding { get; private set; } = "";

    /// <summary>Gives each <c>[DurableClient]</c> parameter of <paramref name="function"/> its binding, whatever the trigger.</summary>
    public void BindDurableClients(HostedFunction function, InvocationRequest request)
    {
        foreach (var client in function.DurableClients)
        {
            request.InputData.Add(new ParameterBinding { Name = client, Data = new TypedData { String = DurableClientBinding } });
        }
    }

    internal void Listening(Uri baseAddress, Uri workerEndpoint)
    {
        BaseAddress = baseAddress;
        WorkerEndpoint = workerEndpoint;
        DurableClientBinding = DurableBridge.ClientBinding(workerEndpoint, baseAddress);
    }
}
