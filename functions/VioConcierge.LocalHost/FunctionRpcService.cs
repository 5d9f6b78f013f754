using Grpc.Core;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>The gRPC service the worker connects to (<c>Functions:Worker:HostEndpoint</c>): one event stream, handed to the channel.</summary>
public sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
        channel.RunAsync(requestStream, responseStream, context.CancellationToken);
}
