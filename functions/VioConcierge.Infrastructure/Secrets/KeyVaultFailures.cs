using Azure;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// Turns a vault that is away after the SDK's retries (throttled 429, 408, 5xx, unreachable, timed out) into
/// <see cref="SecretStoreUnavailableException"/>, which the host answers with 503 and Retry-After. Anything else (403:
/// the identity lacks its role; 400) stays as it is: a defect or a misconfiguration, logged as an error.
/// </summary>
public static class KeyVaultFailures
{
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException failure) when (IsTransient(failure.Status))
        {
            throw new SecretStoreUnavailableException(failure.Status == 0 ? "Key Vault unreachable" : $"Key Vault {failure.Status}", failure);
        }
        catch (AggregateException failure) when (!ct.IsCancellationRequested
            && failure.InnerExceptions.All(inner => inner is RequestFailedException or OperationCanceledException or HttpRequestException))
        {
            // The retry policy's verdict when every try failed without an answer (refused, reset, timed out).
            throw new SecretStoreUnavailableException("Key Vault unreachable", failure);
        }
        catch (OperationCanceledException failure) when (!ct.IsCancellationRequested)
        {
            throw new SecretStoreUnavailableException("Key Vault timed out", failure);
        }
    }

    public static bool IsTransient(int status) => status is 0 or 408 or 429 or >= 500;
}
