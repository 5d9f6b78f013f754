using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Security;

namespace VioConcierge.Infrastructure.Security;

/// <summary>
/// AES-256-GCM encryption of single values at rest. The stored form is <c>v1.{keyId}.{base64(nonce|tag|cipher)}</c>;
/// the purpose (e.g. <c>totp:{userId}</c>) is bound as associated data, so a value copied to another row fails.
/// </summary>
public sealed class FieldProtector : IFieldProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;

    public FieldProtector(IOptions<EncryptionOptions> options)
    {
        _keys = options.Value.Keys.ToDictionary(pair => pair.Key, pair => Convert.FromBase64String(pair.Value));
        _activeKeyId = options.Value.ActiveKeyId;
        if (!_keys.TryGetValue(_activeKeyId, out var active) || active.Length != 32)
        {
            throw new InvalidOperationException("Encryption:ActiveKeyId must name a 32-byte key in Encryption:Keys.");
        }
    }

    /// <summary>The key new values are encrypted with.</summary>
    public string ActiveKeyId => _activeKeyId;

    /// <summary>The key a stored value was encrypted with (null when the value is not in the stored form).</summary>
    public static string? KeyIdOf(string stored) => stored.Split('.', 3) is ["v1", var keyId, _] ? keyId : null;

    public string Protect(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_activeKeyId], TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return $"v1.{_activeKeyId}.{Convert.ToBase64String(output)}";
    }

    public string Unprotect(string stored, string purpose)
    {
        var parts = stored.Split('.', 3);
        if (parts.Length != 3 || parts[0] != "v1" || !_keys.TryGetValue(parts[1], out var key))
        {
            throw new CryptographicException("Protected value has an unknown format or key.");
        }
        var data = Convert.FromBase64String(parts[2]);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }
}
