using System.Net.Security;
using System.Security.Cryptography;
using Azure.Core.Pipeline;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// An HTTPS transport that trusts what the system trusts and, besides, exactly one certificate named by its SHA-256
/// thumbprint (a local fake vault's self-signed certificate): no other untrusted certificate is accepted.
/// </summary>
public static class PinnedCertificateTransport
{
    public static HttpClientTransport Create(string sha256Thumbprint)
    {
        var pinned = Normalise(sha256Thumbprint);
        return new HttpClientTransport(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None
                    || (certificate is not null && Normalise(certificate.GetCertHashString(HashAlgorithmName.SHA256)) == pinned),
            },
        });
    }

    private static string Normalise(string thumbprint) => thumbprint.Replace(":", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
