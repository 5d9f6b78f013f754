using VioConcierge.Application.Calls;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>Timeline lines that happened at the same instant are shown in the order they were written.</summary>
[Collection(VoiceCollection.Name)]
public sealed class TimelineOrderTests(VoiceApiFixture api)
{
    [Fact]
    public async Task LinesOfOneInstant_KeepTheirWrittenOrder_WhateverTheirIds()
    {
        var t = await TenantSession.StartAsync(api);
        var contactId = (await t.CreateContactAsync("Tina Timeline")).GetProperty("id").GetGuid();
        var at = api.Clock.GetUtcNow().AddDays(2);
        // Ids of one millisecond are not ordered: here the later line has the smaller id.
        TimelineEntry Line(string code, string id) => new()
        {
            TenantId = t.Tenant.TenantId,
            Id = Guid.Parse(id),
            ContactId = contactId,
            OccurredAt = at,
            Code = code,
        };

        await using (var uow = await api.Service<Database>().BeginTenantAsync(t.Tenant.TenantId, CancellationToken.None))
        {
            await api.Service<PostgresTimelineStore>().AppendManyAsync(uow, [
                Line("outcome_no_answer", "019a0000-0000-7fff-bfff-ffffffffffff"),
                Line("retry_planned", "019a0000-0000-7000-8000-000000000000"),
            ], CancellationToken.None);
            await uow.CommitAsync(CancellationToken.None);
        }

        var codes = (await t.TimelineAsync(contactId)).GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")).ToArray();
        Assert.Equal(["outcome_no_answer", "retry_planned"], codes[^2..]);
    }
}
