using Grpc.Core;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>
/// The gRPC service the worker connects to (<c>Functions:Worker:HostEndpoint</c>): one event stream, handed to the
/// channel, and ended when the host stops (an open stream would hold the host's shutdown for its whole timeout).
/// </summary>
public sealed class FunctionRpcService(WorkerChannel channel, IHostApplicationLifetime lifetime) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        try
        {
            await channel.RunAsync(requestStream, responseStream, call.Token);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
    }
}
