using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Calls;

public sealed class DiallingGateTests
{
    private static readonly DialFacts Callable = new(ContactDeleted: false, DoNotCall: false, TenantActive: true,
        VoiceConfigured: true, CallingHours: AllowedCheck.Allowed, NumberValid: true);

    [Fact]
    public void Refusal_EverythingInOrder_None()
    {
        Assert.Null(DiallingGate.Refusal(Callable));
    }

    [Fact]
    public void Refusal_ChecksTheCallerDoesNotMake_AreNotRefusals()
    {
        Assert.Null(DiallingGate.Refusal(new DialFacts(false, false, true)));
    }

    [Theory]
    [InlineData("deleted", DialRefusals.ContactDeleted)]
    [InlineData("paused", DialRefusals.TenantNotActive)]
    [InlineData("dnc", DialRefusals.DoNotCall)]
    [InlineData("voice", DialRefusals.VoiceNotConfigured)]
    [InlineData("hours", DialRefusals.OutsideCallingHours)]
    [InlineData("number", DialRefusals.InvalidNumber)]
    public void Refusal_OneFailingCheck_ItsCode(string failing, string expected)
    {
        var facts = failing switch
        {
            "deleted" => Callable with { ContactDeleted = true },
            "paused" => Callable with { TenantActive = false },
            "dnc" => Callable with { DoNotCall = true },
            "voice" => Callable with { VoiceConfigured = false },
            "hours" => Callable with { CallingHours = AllowedCheck.Not(ReasonCodes.Weekend) },
            _ => Callable with { NumberValid = false },
        };

        Assert.Equal(expected, DiallingGate.Refusal(facts));
    }

    [Fact]
    public void Refusal_SeveralFailing_TheFirstInGateOrder()
    {
        var facts = new DialFacts(false, DoNotCall: true, TenantActive: false, VoiceConfigured: false, CallingHours: AllowedCheck.Not(ReasonCodes.Holiday), NumberValid: false);

        Assert.Equal(DialRefusals.TenantNotActive, DiallingGate.Refusal(facts));
        Assert.Equal(DialRefusals.DoNotCall, DiallingGate.Refusal(facts with { TenantActive = true }));
        Assert.Equal(DialRefusals.ContactDeleted, DiallingGate.Refusal(DialFacts.NoContact));
    }
}
