using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace VioConcierge.FakeKeyVault;

/// <summary>
/// Azure Key Vault's secrets API faked at its HTTP boundary, for the Azure SDK's own <c>SecretClient</c>: HTTPS on a
/// loopback port with a self-signed certificate made at start-up (<see cref="Thumbprint"/> for clients to pin), Key
/// Vault's challenge (a request without the accepted bearer token gets 401 with <c>WWW-Authenticate: Bearer
/// authorization=…, resource="https://vault.azure.net"</c>), the <c>api-version</c> query parameter required, and the
/// routes <see cref="FakeVaultRoutes"/> serves. <see cref="FailWith"/> makes it answer 429 / 503 (with Retry-After) to
/// the next requests, as a throttled or failing vault does.
/// </summary>
public sealed class FakeVault : IAsyncDisposable
{
    /// <summary>The Microsoft Entra tenant the challenge names (the client asks its credential for a token of it).</summary>
    public const string ChallengeTenant = "00000000-0000-4000-8000-00000000feed";

    private readonly WebApplication _app;
    private readonly string _acceptedToken;
    private readonly Lock _faultLock = new();
    private FakeVaultFault? _fault;

    private FakeVault(WebApplication app, X509Certificate2 certificate, string acceptedToken, TimeProvider time)
    {
        _app = app;
        _acceptedToken = acceptedToken;
        Certificate = certificate;
        Secrets = new FakeVaultSecrets(time);
    }

    public X509Certificate2 Certificate { get; }

    public string Thumbprint => FakeVaultCertificate.Thumbprint(Certificate);

    public Uri VaultUri => new(_app.Urls.First().TrimEnd('/') + "/");

    public FakeVaultSecrets Secrets { get; }

    public ConcurrentQueue<FakeVaultRequest> Requests { get; } = new();

    /// <summary>Starts on 127.0.0.1:<paramref name="port"/> (0: any free port), accepting only <c>Bearer {acceptedToken}</c>.</summary>
    public static async Task<FakeVault> StartAsync(string acceptedToken, int port = 0, TimeProvider? time = null)
    {
        var certificate = FakeVaultCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        builder.WebHost.UseUrls($"https://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var vault = new FakeVault(builder.Build(), certificate, acceptedToken, time ?? TimeProvider.System);
        ((IApplicationBuilder)vault._app).Run(vault.HandleAsync);
        await vault._app.StartAsync();
        return vault;
    }

    /// <summary>Answers the next <paramref name="times"/> requests with <paramref name="status"/> and Retry-After.</summary>
    public void FailWith(int status, int times = int.MaxValue, int retryAfterSeconds = 0)
    {
        lock (_faultLock)
        {
            _fault = new FakeVaultFault(status, times, retryAfterSeconds);
        }
    }

    /// <summary>Serves again.</summary>
    public void Heal()
    {
        lock (_faultLock)
        {
            _fault = null;
        }
    }

    private FakeVaultFault? TakeFault()
    {
        lock (_faultLock)
        {
            if (_fault is not { Remaining: > 0 } fault)
            {
                return null;
            }
            _fault = fault with { Remaining = fault.Remaining - 1 };
            return fault;
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        await AnswerAsync(context);
        Requests.Enqueue(new FakeVaultRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode));
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        if (TakeFault() is { } fault)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Json(FakeVaultJson.Error(fault.Status == 429 ? "Throttled" : "ServiceUnavailable", "Injected failure."), statusCode: fault.Status)
                .ExecuteAsync(context);
            return;
        }
        if (string.IsNullOrEmpty(request.Query["api-version"]))
        {
            await Results.Json(FakeVaultJson.Error("BadParameter", "The api-version query parameter is required."), statusCode: 400).ExecuteAsync(context);
            return;
        }
        if (request.Headers.Authorization.ToString() != $"Bearer {_acceptedToken}")
        {
            context.Response.Headers.WWWAuthenticate =
                $"Bearer authorization=\"https://login.microsoftonline.com/{ChallengeTenant}\", resource=\"https://vault.azure.net\"";
            await Results.Json(FakeVaultJson.Error("Unauthorized", "AKV10000: Request is missing a Bearer or PoP token."), statusCode: 401).ExecuteAsync(context);
            return;
        }
        await (await new FakeVaultRoutes(Secrets, VaultUri).ServeAsync(context)).ExecuteAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
