using DurableTask.Core;
using Moq;
using VioConcierge.LocalHost.Durable;

namespace VioConcierge.LocalHost.Tests;

/// <summary>
/// The sidecar stops the task hub from an <c>async void</c> callback when the host stops, and the Azure Storage
/// service throws on a stop it was never started for: unguarded, a host stopped before its worker connected took the
/// whole process down. The hub the sidecar sees starts at most once and stops only what started, once.
/// </summary>
public sealed class TaskHubLifetimeTests
{
    private readonly Mock<IOrchestrationService> _hub = new(MockBehavior.Strict);

    public TaskHubLifetimeTests()
    {
        // As the Azure Storage service behaves: a stop without a start dereferences what the start creates.
        _hub.Setup(hub => hub.StartAsync()).Returns(Task.CompletedTask);
        _hub.Setup(hub => hub.StopAsync(It.IsAny<bool>())).ThrowsAsync(new NullReferenceException());
    }

    [Fact]
    public async Task Stop_BeforeAnyStart_LeavesTheHubAlone()
    {
        var lifetime = new TaskHubLifetime(_hub.Object);

        await lifetime.StopAsync();
        await lifetime.StopAsync(isForced: true);

        _hub.Verify(hub => hub.StopAsync(It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task Stop_AfterStart_StopsTheHubOnce_WhoeverAsks()
    {
        _hub.Setup(hub => hub.StopAsync(true)).Returns(Task.CompletedTask);
        var lifetime = new TaskHubLifetime(_hub.Object);
        await lifetime.StartAsync();
        await lifetime.StartAsync();

        await lifetime.StopAsync(isForced: true); // the host releasing its leases
        await lifetime.StopAsync();               // the sidecar, as the host stops

        _hub.Verify(hub => hub.StartAsync(), Times.Once);
        _hub.Verify(hub => hub.StopAsync(true), Times.Once);
        _hub.Verify(hub => hub.StopAsync(false), Times.Never);
    }

    [Fact]
    public async Task Start_AfterStop_DoesNotStartTheHub()
    {
        var lifetime = new TaskHubLifetime(_hub.Object);
        await lifetime.StopAsync();

        await lifetime.StartAsync(); // the sidecar's start, still on its way when the host stopped

        _hub.Verify(hub => hub.StartAsync(), Times.Never);
    }
}
