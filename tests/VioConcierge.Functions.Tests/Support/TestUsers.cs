using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Infrastructure.Identity;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Adds staff users directly (the team routes arrive in a later issue).</summary>
public static class TestUsers
{
    public const string StaffPassword = "Staff-Pass-1!";

    public static async Task<string> AddStaffAsync(this ApiFixture api, Guid tenantId)
    {
        var email = $"staff-{Guid.NewGuid():N}"[..16] + "@tenant.test";
        var now = api.Clock.GetUtcNow();
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenantId, CancellationToken.None);
        await api.Service<PostgresUserStore>().InsertAsync(uow, new UserRow
        {
            Id = Ids.New(api.Clock),
            TenantId = tenantId,
            Email = email,
            FullName = "Sam Staff",
            Role = RoleNames.ClientUser,
            PasswordHash = api.Service<PasswordHashing>().Hash(StaffPassword),
            Status = "active",
            PasswordChangedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
        return email;
    }
}
