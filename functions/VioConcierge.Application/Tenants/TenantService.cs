using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Tenants;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Tenants;

/// <summary>Platform-side tenant management: onboarding a tenant with its first admin, and lifecycle changes.</summary>
public sealed class TenantService(
    ITransactions database,
    ITenantStore tenants,
    IUserStore users,
    IPasswordHashing passwords,
    IWorkQueue queue,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>Opens a tenant with its first client admin (a password is generated when none is given, returned once).</summary>
    public async Task<Result<CreatedTenantResponse>> CreateAsync(CreateTenantRequest body, CurrentUser actor, CancellationToken ct)
    {
        var parsed = NewTenant.Create(body.Name, body.BusinessType, body.Timezone,
            body.Admin?.FullName, body.Admin?.Email, body.Admin?.JobTitle, body.Admin?.Password);
        if (body.Admin is null || !parsed.IsValid)
        {
            var errors = parsed.Errors ?? new FieldErrors();
            return body.Admin is null ? errors.Add("admin", "Give the tenant's first client admin (fullName and email).") : errors;
        }
        var request = parsed.Value!;
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        if (await tenants.NameExistsAsync(uow, request.Name, ct))
        {
            return Result<CreatedTenantResponse>.Conflict("A business with this name already exists on the platform.");
        }
        if (await users.EmailExistsAsync(uow, request.AdminEmail.Value, ct))
        {
            return Result<CreatedTenantResponse>.Conflict("This email address is already used by another account.");
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
        return new CreatedTenantResponse(response, SessionFactory.Summary(admin), generated);
    }

    public async Task<Result<TenantResponse>> GetAsync(Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await tenants.FindAsync(uow, id, ct) is { } tenant ? TenantResponse.From(tenant) : Result<TenantResponse>.NotFound();
    }

    public async Task<Result<Page<TenantResponse>>> ListAsync(string? status, string? search, int? limit, string? cursor, CancellationToken ct)
    {
        var errors = new FieldErrors().AddIf(status is not null && !TenantStatus.IsValid(status), "status",
            $"Status must be one of: {string.Join(", ", TenantStatus.All)}.");
        if (!Paging.TryRead(limit, cursor, errors, out var pageSize, out var after))
        {
            return errors;
        }
        await using var uow = await database.BeginPlatformAsync(ct);
        var page = await tenants.ListAsync(uow, status, search, pageSize, after, ct);
        return new Page<TenantResponse>(page.Items.Select(TenantResponse.From).ToArray(), page.NextCursor, page.Total);
    }

    /// <summary>
    /// Moves a tenant along its lifecycle with a justification; terminating also needs the tenant's exact name typed
    /// as confirmation. A move the lifecycle does not allow (or a concurrent one) is a conflict naming the allowed moves.
    /// Pausing tells the tenant's users (the justification stays in the platform's audit).
    /// </summary>
    public async Task<Result<TenantResponse>> ChangeStatusAsync(Guid id, ChangeTenantStatusRequest request, CurrentUser actor, CancellationToken ct)
    {
        var justification = request.Justification?.Trim() ?? "";
        var errors = new FieldErrors()
            .AddIf(!TenantStatus.IsValid(request.NewStatus), "newStatus", $"Status must be one of: {string.Join(", ", TenantStatus.All)}.")
            .AddIf(justification.Length is < TenantStatus.JustificationMinLength or > TenantStatus.JustificationMaxLength, "justification",
                $"A justification of {TenantStatus.JustificationMinLength} to {TenantStatus.JustificationMaxLength} characters is required.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var newStatus = request.NewStatus!;
        await using var uow = await database.BeginPlatformAsync(ct);
        if (await tenants.FindAsync(uow, id, ct) is not { } tenant)
        {
            return Result<TenantResponse>.NotFound();
        }
        if (newStatus == TenantStatus.Terminated && !string.Equals(request.Confirmation?.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            return FieldErrors.Single("confirmation", "Type the tenant's exact name to confirm termination.");
        }
        if (!TenantStatus.CanMove(tenant.Status, newStatus)
            || !await tenants.UpdateStatusAsync(uow, id, tenant.Status, newStatus, justification, time.GetUtcNow(), ct))
        {
            return Result<TenantResponse>.Conflict(TransitionRefused(tenant.Status, newStatus));
        }
        await audit.AppendAsync(uow, new AuditEntry(id, actor.UserId, actor.Role.ToName(), AuditActions.TenantStatusChanged,
            "tenant", id.ToString(), new AuditChanges()
                .Change("status", tenant.Status, newStatus).Set("justification", justification).Build(), actor.ClientIp), ct);
        if (TenantStatus.AllowsCalls(tenant.Status) != TenantStatus.AllowsCalls(newStatus))
        {
            await queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.TenantStatus,
                WorkPayload.Write(new TenantStatusPayload(!TenantStatus.AllowsCalls(newStatus))), time.GetUtcNow(), id), ct);
        }
        if (newStatus == TenantStatus.Paused)
        {
            await queue.EnqueueAsync(uow, NotificationWork.For(new NotificationEvent(NotificationTypes.TenantPaused), id, time.GetUtcNow(), null), ct);
        }
        var updated = await tenants.FindAsync(uow, id, ct);
        await uow.CommitAsync(ct);
        return TenantResponse.From(updated!);
    }

    private static string TransitionRefused(string from, string to)
    {
        var allowed = TenantStatus.NextFrom(from);
        return $"A tenant cannot move from {from} to {to}; allowed: {(allowed.Count > 0 ? string.Join(", ", allowed) : "none")}.";
    }
}
