using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// What a settings save asks of one write-only secret: a new value (<see cref="Value"/>), removal (<see cref="Remove"/>)
/// or nothing (kept). <see cref="Field"/> and <see cref="RemoveField"/> name the request fields for errors.
/// </summary>
public sealed record SecretEdit(string Field, string RemoveField, string? Value, bool Remove)
{
    public string? Trimmed => Value?.Trim();

    public void Validate(FieldErrors errors, Action<string> validate)
    {
        if (Trimmed is { } value)
        {
            validate(value);
            errors.AddIf(Remove, RemoveField, $"Send either a new {Field} or {RemoveField}, not both.");
        }
    }

    /// <summary>Whether a value will be stored after the save, given whether one is stored now.</summary>
    public bool WillBeStored(bool storedNow) => Trimmed is not null || (storedNow && !Remove);

    /// <summary>Applies the edit; returns "set", "removed" or null (no change): what the audit records instead of the value.</summary>
    public async Task<string?> ApplyAsync(ISecretStore secrets, Guid tenantId, string name, CancellationToken ct)
    {
        if (Trimmed is { } value)
        {
            await secrets.SetAsync(tenantId, name, value, ct);
            return "set";
        }
        return Remove && await secrets.DeleteAsync(tenantId, name, ct) ? "removed" : null;
    }
}
