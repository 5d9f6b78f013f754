namespace VioConcierge.Application.Abstractions;

/// <summary>Begins storage transactions: the only way a use case reaches stored data.</summary>
public interface ITransactions
{
    /// <summary>A transaction that sees only <paramref name="tenantId"/>'s rows.</summary>
    Task<IUnitOfWork> BeginTenantAsync(Guid tenantId, CancellationToken ct);

    /// <summary>A transaction for platform work (super admin, sign-in by email, background dispatch): sees every tenant.</summary>
    Task<IUnitOfWork> BeginPlatformAsync(CancellationToken ct);
}
