namespace VioConcierge.Functions.Webhooks;

/// <summary>The work item kinds of provider webhooks.</summary>
public static class WebhookWorkKinds
{
    public const string RetellEvent = "webhooks.retell";
}
