using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A host whose voice provider is <see cref="FakeVoiceProvider"/>, with the clock started on a Tuesday morning in
/// London so calling hours are predictable. Admin two-factor is off here (it has its own tests).
/// </summary>
public sealed class VoiceApiFixture : ApiFixture
{
    public static readonly DateTimeOffset Start = new(2030, 1, 8, 10, 0, 0, TimeSpan.Zero);

    public const string RetellKey = "retell-platform-test-key";

    public FakeVoiceProvider Voice { get; } = new();

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Retell:ApiKey"] = RetellKey;
        Clock.AdvanceTo(Start);
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IVoiceProvider>(Voice);

    /// <summary>Moves the clock to the next Tuesday 10:00 London (GMT in winter) after now.</summary>
    public DateTimeOffset NextTuesdayMorning()
    {
        var now = Clock.GetUtcNow();
        var day = now.Date.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Tuesday || day.Month is > 2 and < 11)
        {
            day = day.AddDays(1);
        }
        var morning = new DateTimeOffset(day.AddHours(10), TimeSpan.Zero);
        Clock.AdvanceTo(morning);
        return morning;
    }
}
