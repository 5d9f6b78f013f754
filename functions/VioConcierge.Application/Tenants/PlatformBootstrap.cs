using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Tenants;

/// <summary>
/// Creates the first super admin from <c>Bootstrap:SuperAdminEmail</c>/<c>SuperAdminPassword</c> when the platform has
/// none, and the demo tenant when <c>Bootstrap:SeedDemoTenant</c> is on. Idempotent; logs no credentials.
/// </summary>
public sealed class PlatformBootstrap(
    ITransactions database,
    IUserStore users,
    IPasswordHashing passwords,
    IAuditLog audit,
    TenantService tenants,
    IOptions<BootstrapOptions> options,
    TimeProvider time,
    ILogger<PlatformBootstrap> logger)
{
    /// <summary>Runs at start-up, before requests are served.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var superAdminId = await EnsureSuperAdminAsync(cancellationToken);
        if (options.Value.SeedDemoTenant && superAdminId is { } actorId)
        {
            await EnsureDemoTenantAsync(actorId, cancellationToken);
        }
    }

    private async Task<Guid?> EnsureSuperAdminAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var uow = await database.BeginPlatformAsync(ct);
        if (settings.SuperAdminEmail is not { Length: > 0 } configuredEmail)
        {
            return await users.FirstSuperAdminIdAsync(uow, ct);
        }
        if (await users.FindByEmailAsync(uow, configuredEmail, ct) is { } existing)
        {
            return existing.Id;
        }
        if (await users.AnySuperAdminAsync(uow, ct))
        {
            return null;
        }
        if (!EmailAddress.TryParse(configuredEmail, out var email))
        {
            throw new InvalidOperationException("Bootstrap:SuperAdminEmail is not a valid email address.");
        }
        var policy = PasswordPolicy.Check(settings.SuperAdminPassword, Role.SuperAdmin);
        if (!policy.IsEmpty)
        {
            throw new InvalidOperationException("Bootstrap:SuperAdminPassword does not meet the admin password policy: " +
                string.Join(" ", policy.ToDictionary().Values.SelectMany(messages => messages)));
        }
        var now = time.GetUtcNow();
        var admin = new UserRow
        {
            Id = Ids.New(time),
            Email = email.Value,
            FullName = "Platform Administrator",
            Role = RoleNames.SuperAdmin,
            PasswordHash = passwords.Hash(settings.SuperAdminPassword!),
            PasswordChangedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await users.InsertAsync(uow, admin, ct);
        await audit.AppendAsync(uow, new AuditEntry(null, null, "system", AuditActions.SuperAdminBootstrapped, "user", admin.Id.ToString()), ct);
        await uow.CommitAsync(ct);
        logger.LogInformation("Created the first super admin {UserId}", admin.Id);
        return admin.Id;
    }

    private async Task EnsureDemoTenantAsync(Guid superAdminId, CancellationToken ct)
    {
        var settings = options.Value;
        var request = new CreateTenantRequest(settings.DemoTenantName, BusinessTypes.Medical, TimeZones.Default,
            new NewAdminRequest("Demo Practice Manager", settings.DemoAdminEmail, "Practice Manager", settings.DemoAdminPassword));
        var actor = new CurrentUser(superAdminId, Guid.Empty, null, Role.SuperAdmin, null);
        var result = await tenants.CreateAsync(request, actor, ct);
        if (result.Kind == FailureKind.Invalid)
        {
            throw new InvalidOperationException("Bootstrap demo tenant settings are not valid: " +
                string.Join(" ", result.Errors!.ToDictionary().Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}")));
        }
        if (result.Value is { } created)
        {
            logger.LogInformation("Seeded the demo tenant {TenantId}", created.Tenant.Id);
        }
    }
}
