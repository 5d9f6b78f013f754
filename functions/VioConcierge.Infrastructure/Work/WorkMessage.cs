using System.Text.Json;
using VioConcierge.Application.Work;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// What the relay puts on a queue for one run: the items' ids and the lease tokens of their claim. Payloads stay in
/// PostgreSQL; a message whose lease was since taken over (the relay sent the items again) finds nothing to run.
/// </summary>
public sealed record WorkMessage(string Kind, IReadOnlyList<WorkMessage.Lease> Items)
{
    public sealed record Lease(Guid Id, Guid Token);

    public static WorkMessage For(IReadOnlyList<ClaimedWork> works) =>
        new(works[0].Item.Kind, works.Select(work => new Lease(work.Item.Id, work.LeaseToken)).ToArray());

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>The message in <paramref name="text"/>, or null when it is not one (it is then dropped).</summary>
    public static WorkMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkMessage>(text, JsonSerializerOptions.Web) is { Kind: not null, Items.Count: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
