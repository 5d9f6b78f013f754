namespace VioConcierge.Application.Integrations;

/// <summary>Checks a tenant's Retell set-up against Retell itself, with the key calls would use; changes nothing.</summary>
public interface IRetellConnectionTest
{
    Task<RetellTestResponse> RunAsync(Guid tenantId, CancellationToken ct);
}
