using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// An SMTP server in the test process (the SmtpServer package) on a loopback port, shared by every test host
/// (<see cref="TestKeys.Settings"/> points <c>Mail:*</c> at it). It keeps every message it accepts, read back per
/// recipient, and refuses (550) mail to the addresses a test names, until the test accepts them again.
/// </summary>
public sealed class TestMailServer : MessageStore
{
    private static readonly Lazy<TestMailServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentQueue<(string To, MimeMessage Message)> _delivered = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);

    private TestMailServer(int port) => Port = port;

    public static TestMailServer Shared => Instance.Value;

    public int Port { get; }

    /// <summary>Mail to <paramref name="address"/> is refused with 550 from now on.</summary>
    public void Refuse(string address) => _refused[address] = true;

    public void Accept(string address) => _refused.TryRemove(address, out _);

    /// <summary>The messages delivered to <paramref name="address"/> so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> DeliveredTo(string address) =>
        _delivered.Where(entry => string.Equals(entry.To, address, StringComparison.OrdinalIgnoreCase)).Select(entry => entry.Message).ToList();

    /// <summary>Waits (briefly, polling) until <paramref name="count"/> messages reached <paramref name="address"/>; returns them all.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DeliveredTo(address) is var messages && messages.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{messages.Count} of {count} messages arrived");
            await Task.Delay(20);
        }
        return DeliveredTo(address);
    }

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var recipients = transaction.To.Select(mailbox => $"{mailbox.User}@{mailbox.Host}").ToList();
        if (recipients.Any(_refused.ContainsKey))
        {
            return Task.FromResult(new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Mailbox unavailable"));
        }
        using var stream = new MemoryStream(buffer.ToArray());
        var message = MimeMessage.Load(stream);
        foreach (var recipient in recipients)
        {
            _delivered.Enqueue((recipient, message));
        }
        return Task.FromResult(SmtpResponse.Ok);
    }

    private static TestMailServer Start()
    {
        var port = ApiFactory.FreeLoopbackPort();
        var store = new TestMailServer(port);
        var options = new SmtpServerOptionsBuilder().ServerName("mail.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(CancellationToken.None);
        for (var tries = 0; !Listening(port); tries++)
        {
            if (tries > 200)
            {
                throw new InvalidOperationException("The test SMTP server did not start.");
            }
            Thread.Sleep(10);
        }
        return store;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
