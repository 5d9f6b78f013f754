using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public sealed class CalendarProvidersTests
{
    [Theory]
    [InlineData("calcom", CalendarProvider.CalCom, "calcom/api-key", "calcom/webhook-secret")]
    [InlineData("calendly", CalendarProvider.Calendly, "calendly/api-key", "calendly/webhook-signing-key")]
    public void TryParse_KnownSegment_RoundTripsAndNamesItsSecrets(string segment, CalendarProvider expected, string apiKey, string webhookKey)
    {
        Assert.True(CalendarProviders.TryParse(segment, out var provider));

        Assert.Equal(expected, provider);
        Assert.Equal(segment, provider.Name());
        Assert.Equal((apiKey, webhookKey), (provider.ApiKeySecretName(), provider.WebhookSecretName()));
        Assert.True(SecretNames.IsValid(apiKey) && SecretNames.IsValid(webhookKey));
    }

    [Theory]
    [InlineData("retell")]
    [InlineData("CalCom")]
    [InlineData("cal.com")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsUnknown(string? segment) => Assert.False(CalendarProviders.TryParse(segment, out _));

    [Theory]
    [InlineData("calcom", "cal_live_0123456789abcdef", true)]
    [InlineData("calcom", "cal_test_0123456789abcdef", false)]
    [InlineData("calcom", "cal_live_", false)]
    [InlineData("calendly", "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0", true)]
    [InlineData("calendly", "short", false)]
    [InlineData("calendly", "has a space in it", false)]
    public void ValidateApiKey_FollowsTheProvidersShape(string provider, string key, bool valid)
    {
        CalendarProviders.TryParse(provider, out var p);
        var errors = new FieldErrors();

        CalendarSecrets.ValidateApiKey(p, key, "apiKey", errors);

        Assert.Equal(valid, errors.IsEmpty);
    }

    [Theory]
    [InlineData("whsec-0123456789", true)]
    [InlineData("1234567", false)]
    [InlineData("tab\tinside-secret", false)]
    public void ValidateWebhookSecret_IsOneTokenOfEightOrMore(string secret, bool valid)
    {
        var errors = new FieldErrors();

        CalendarSecrets.ValidateWebhookSecret(secret, "webhookSecret", errors);

        Assert.Equal(valid, errors.IsEmpty);
    }
}
