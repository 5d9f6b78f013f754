using Azure.Core;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// The queue service of the <c>AzureWebJobsStorage</c> account, in either form the Functions host reads that setting:
/// a connection string (<c>AzureWebJobsStorage</c>; <c>UseDevelopmentStorage=true</c> is Azurite), or identity-based
/// settings (<c>AzureWebJobsStorage__queueServiceUri</c>, else <c>AzureWebJobsStorage__accountName</c> for the
/// account's public endpoint) signed in with the managed identity of <c>AzureWebJobsStorage__clientId</c>, as Azure
/// deploys it (no account keys). A connection string wins when both are set, as it does for the host.
/// Messages are base64, the Functions host's default encoding.
/// </summary>
public static class WorkStorageAccount
{
    public const string Setting = "AzureWebJobsStorage";
    public const string QueueServiceUriSetting = Setting + ":queueServiceUri";
    public const string AccountNameSetting = Setting + ":accountName";
    public const string ClientIdSetting = Setting + ":clientId";

    /// <summary>The account's queue service; <paramref name="credentialFor"/> makes the credential of a managed identity's client id.</summary>
    public static QueueServiceClient Queues(IConfiguration configuration, Func<string?, TokenCredential> credentialFor)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (configuration[Setting] is { Length: > 0 } connectionString)
        {
            return new QueueServiceClient(connectionString, options);
        }
        var endpoint = configuration[QueueServiceUriSetting] is { Length: > 0 } uri ? new Uri(uri)
            : configuration[AccountNameSetting] is { Length: > 0 } account ? new Uri($"https://{account}.queue.core.windows.net")
            : throw new InvalidOperationException(
                $"Set {Setting} (a connection string) or {AccountNameSetting} (with {ClientIdSetting}): work is relayed to its Storage queues.");
        return new QueueServiceClient(endpoint, credentialFor(configuration[ClientIdSetting]), options);
    }
}
