namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A host whose voice provider is the simulator (<c>Voice:Provider = Simulator</c>, no delay), posting its signed
/// webhooks over HTTP to the host's own Retell webhook route (the address the host gives the app).
/// </summary>
public sealed class SimulatorApiFixture : ApiFixture
{
    protected override void Adjust(Dictionary<string, string?> settings)
    {
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Retell:ApiKey"] = VoiceApiFixture.RetellKey;
        settings["Voice:Provider"] = "Simulator";
        settings["Voice:Simulator:Delay"] = "00:00:00";
        settings["Voice:Simulator:CallDuration"] = "00:00:00";
        Clock.AdvanceTo(VoiceApiFixture.Start);
    }

    /// <summary>Waits (bounded) until the simulator's webhooks for a call session have all been received.</summary>
    public async Task<long> ReceiptsAsync(Guid callSessionId, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long count;
        while ((count = await this.CountAsync("SELECT count(*) FROM webhook_receipts WHERE call_session_id = @callSessionId", new { callSessionId })) < expected
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        return count;
    }
}
