using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Reads the database in platform scope (every tenant), to check what a request stored anywhere.</summary>
public static class PlatformQueries
{
    public static async Task<long> CountAsync(this ApiFixture api, string sql, object? args = null)
    {
        await using var uow = await api.Factory.Services.GetRequiredService<Database>().BeginPlatformAsync(CancellationToken.None);
        return await uow.QuerySingleAsync<long>(sql, args, CancellationToken.None);
    }

    /// <summary>Receipts and Retell work items recorded for <paramref name="callId"/>, in any tenant.</summary>
    public static async Task<(long Receipts, long WorkItems)> StoredForCallAsync(this ApiFixture api, string callId) => (
        await api.CountAsync("SELECT count(*) FROM webhook_receipts WHERE event_key = @callId", new { callId }),
        await api.CountAsync("SELECT count(*) FROM work_items WHERE kind = 'webhooks.retell' AND dedupe_key LIKE @prefix", new { prefix = $"retell:{callId}:%" }));
}
