using Microsoft.Extensions.Configuration;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// The work queues' account in both forms the Functions host reads <c>AzureWebJobsStorage</c>: a connection string
/// (Azurite locally) or, as Azure deploys it without account keys, the account's endpoint and the managed identity.
/// </summary>
public sealed class WorkStorageAccountTests
{
    [Fact]
    public void ConnectionString_IsUsedAsGiven_WithoutAnIdentity()
    {
        // Act
        var queues = WorkStorageAccount.Queues(Configuration(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }),
            _ => throw new InvalidOperationException("no credential expected"));

        // Assert
        Assert.Equal("devstoreaccount1", queues.AccountName);
    }

    [Fact]
    public void AccountName_IsReachedAtItsQueueEndpoint_WithTheManagedIdentityOfClientId()
    {
        // Arrange
        var asked = new List<string?>();
        var configuration = Configuration(new()
        {
            ["AzureWebJobsStorage:accountName"] = "stvio123",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "app-client-id",
        });

        // Act
        var queues = WorkStorageAccount.Queues(configuration, clientId =>
        {
            asked.Add(clientId);
            return new FakeTokenCredential("token");
        });

        // Assert
        Assert.Equal(new Uri("https://stvio123.queue.core.windows.net/work-calls"), queues.GetQueueClient("work-calls").Uri);
        Assert.Equal(["app-client-id"], asked);
    }

    [Fact]
    public void QueueServiceUri_WinsOverAccountName()
    {
        // Arrange
        var configuration = Configuration(new()
        {
            ["AzureWebJobsStorage:queueServiceUri"] = "https://stvio123.queue.core.usgovcloudapi.net",
            ["AzureWebJobsStorage:accountName"] = "stvio123",
        });

        // Act
        var queues = WorkStorageAccount.Queues(configuration, _ => new FakeTokenCredential("token"));

        // Assert
        Assert.Equal("stvio123.queue.core.usgovcloudapi.net", queues.Uri.Host);
    }

    [Fact]
    public void NeitherForm_StopsWithTheSettingsToSet()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() => WorkStorageAccount.Queues(Configuration(new()), _ => new FakeTokenCredential("t")));

        // Assert
        Assert.Contains("AzureWebJobsStorage:accountName", error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
