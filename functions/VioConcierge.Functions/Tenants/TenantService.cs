using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Identity;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Tenants;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tenants;

/// <summary>Platform-side tenant management: onboarding a tenant with its first admin, and lifecycle changes.</summary>
public sealed class TenantService(
    Database database,
    PostgresTenantStore tenants,
    PostgresUserStore users,
    PasswordHashing passwords,
    PostgresWorkQueue queue,
    PostgresAuditLog audit,
    TimeProvider time)
{
    public enum Failure { None, NameTaken, EmailTaken, NotFound, InvalidTransition }

    public async Task<(CreatedTenantResponse? Created, Failure Failure)> CreateAsync(NewTenant request, CurrentUser actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        if (await tenants.NameExistsAsync(uow, request.Name, ct))
        {
            return (null, Failure.NameTaken);
        }
        if (await users.EmailExistsAsync(uow, request.AdminEmail.Value, ct))
        {
            return (null, Failure.EmailTaken);
        }
        var tenant = new TenantRow
        {
            Id = Ids.New(time),
            Name = request.Name,
            BusinessType = request.BusinessType,
            Timezone = request.TimeZone,
            Status = TenantStatus.Active,
            SessionIdleHours = SessionTimeouts.DefaultHours,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        var generated = request.AdminPassword is null ? SecureTokens.NewPassword() : null;
        var admin = new UserRow
        {
            Id = Ids.New(time),
            TenantId = tenant.Id,
            Email = request.AdminEmail.Value,
            FullName = request.AdminFullName,
            JobTitle = request.AdminJobTitle,
            Role = RoleNames.ClientAdmin,
            Status = "active",
            PasswordHash = passwords.Hash(request.AdminPassword ?? generated!),
            PasswordChangedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            TenantName = tenant.Name,
        };
        await tenants.InsertAsync(uow, tenant, ct);
        await users.InsertAsync(uow, admin, ct);
        await audit.AppendAsync(uow, new AuditEntry(tenant.Id, actor.UserId, actor.Role.ToName(), AuditActions.TenantCreated,
            "tenant", tenant.Id.ToString(), new AuditChanges()
                .Set("name", tenant.Name).Set("businessType", tenant.BusinessType).Set("timezone", tenant.Timezone).Set("status", tenant.Status)
                .Build(), actor.ClientIp), ct);
        await audit.AppendAsync(uow, new AuditEntry(tenant.Id, actor.UserId, actor.Role.ToName(), AuditActions.UserCreated,
            "user", admin.Id.ToString(), new AuditChanges()
                .Set("email", admin.Email).Set("fullName", admin.FullName).Set("role", admin.Role).Set("passwordGenerated", generated is not null)
                .Build(), actor.ClientIp), ct);
        await uow.CommitAsync(ct);
        var response = TenantResponse.From(tenant) with { UserCount = 1 };
        return (new CreatedTenantResponse(response, SessionFactory.Summary(admin), generated), Failure.None);
    }

    public async Task<TenantRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await tenants.FindAsync(uow, id, ct);
    }

    public async Task<Page<TenantRow>> ListAsync(string? status, string? search, int limit, Cursor? after, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await tenants.ListAsync(uow, status, search, limit, after, ct);
    }

    public async Task<(TenantRow? Tenant, Failure Failure)> ChangeStatusAsync(
        Guid id, string newStatus, string justification, CurrentUser actor, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var tenant = await tenants.FindAsync(uow, id, ct);
        if (tenant is null)
        {
            return (null, Failure.NotFound);
        }
        if (!TenantStatus.CanMove(tenant.Status, newStatus)
            || !await tenants.UpdateStatusAsync(uow, id, tenant.Status, newStatus, justification, time.GetUtcNow(), ct))
        {
            return (tenant, Failure.InvalidTransition);
        }
        await audit.AppendAsync(uow, new AuditEntry(id, actor.UserId, actor.Role.ToName(), AuditActions.TenantStatusChanged,
            "tenant", id.ToString(), new AuditChanges()
                .Change("status", tenant.Status, newStatus).Set("justification", justification).Build(), actor.ClientIp), ct);
        if (TenantStatus.AllowsCalls(tenant.Status) != TenantStatus.AllowsCalls(newStatus))
        {
            await queue.EnqueueAsync(uow, new WorkRequest(ReminderWorkKinds.TenantStatus,
                WorkPayload.Write(new TenantStatusPayload(!TenantStatus.AllowsCalls(newStatus))), time.GetUtcNow(), id), ct);
        }
        var updated = await tenants.FindAsync(uow, id, ct);
        await uow.CommitAsync(ct);
        return (updated, Failure.None);
    }
}
