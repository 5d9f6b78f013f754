using System.Net;
using VioConcierge.Application.Email;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Email;

/// <summary>
/// Email as background work through the SMTP adapter (MailKit) to the test SMTP server: delivered once per dedupe key
/// with the same Message-ID on every attempt, retried and dead-lettered while the server refuses, never readable in
/// the queue or the dead-letter list.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EmailDeliveryTests(ApiFixture api)
{
    private static string NewAddress() => $"mail-{Guid.NewGuid():N}"[..20] + "@inbox.test";

    [Fact]
    public async Task Enqueue_AnEmail_ReachesTheServerWithTextHtmlAndSender()
    {
        var to = NewAddress();
        var message = EmailTemplate.Build(to, "Welcome aboard", "Hello Rae,", ["Your account is ready & waiting."],
            new EmailLink("Set your password", "https://console.test/set-password?token=abc"));

        await EnqueueAsync(message, $"test:{to}");
        await api.RunDueWorkAsync();

        var delivered = Assert.Single(await TestMailServer.Shared.WaitForAsync(to));
        Assert.Equal("Welcome aboard", delivered.Subject);
        Assert.Equal("no-reply@vioconcierge.test", delivered.From.Mailboxes.Single().Address);
        Assert.Contains("Your account is ready & waiting.", delivered.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://console.test/set-password?token=abc", delivered.TextBody, StringComparison.Ordinal);
        Assert.Contains("ready &amp; waiting", delivered.HtmlBody, StringComparison.Ordinal);
        Assert.EndsWith("@vioconcierge", delivered.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_TheSameDedupeKeyTwice_SendsOnce()
    {
        var to = NewAddress();
        var message = new EmailMessage(to, "Once", "Only once.");

        var first = await EnqueueAsync(message, $"test:{to}");
        var second = await EnqueueAsync(message, $"test:{to}");
        await api.RunDueWorkAsync();
        await api.RunDueWorkAsync();

        Assert.True(first);
        Assert.False(second);
        Assert.Single(await TestMailServer.Shared.WaitForAsync(to));
    }

    [Fact]
    public async Task ServerRefuses_TheEmailIsRetriedThenDeadLettered_WithoutItsAddressOrBody_AndAReplaySendsItOnce()
    {
        var root = await api.SuperAdminAsync();
        var to = NewAddress();
        TestMailServer.Shared.Refuse(to);
        await EnqueueAsync(new EmailMessage(to, "Refused at first", "Secret body text."), $"test:{to}");

        await api.RunDueWorkAsync();
        var listed = await (await root.Client.GetAsync("/api/admin/work/dead-letters?kind=email.send&limit=100")).ReadAsync();
        var dead = listed.GetProperty("items").EnumerateArray().Single(item => OpenPayload(item.Str("payload")).To == to);
        TestMailServer.Shared.Accept(to);
        var replay = await root.Client.PostAsync($"/api/admin/work/{dead.Str("id")}/replay", null);
        await api.RunDueWorkAsync();

        Assert.Equal(new WorkQueueOptions().MaxAttempts, dead.GetProperty("attempts").GetInt32());
        Assert.Contains("refused the message (550", dead.Str("lastError"), StringComparison.Ordinal);
        Assert.DoesNotContain(to, dead.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Secret body", dead.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        var delivered = Assert.Single(await TestMailServer.Shared.WaitForAsync(to));
        Assert.Equal("Refused at first", delivered.Subject);
    }

    private EmailMessage OpenPayload(string payload) =>
        System.Text.Json.JsonSerializer.Deserialize<SealedEmail>(payload, System.Text.Json.JsonSerializerOptions.Web)!
            .Open(api.Service<VioConcierge.Application.Security.IFieldProtector>());

    private async Task<bool> EnqueueAsync(EmailMessage message, string dedupeKey)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        var queued = await api.Service<EmailOutbox>().EnqueueAsync(uow, null, message, dedupeKey, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
        return queued;
    }
}
