using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Security;

namespace VioConcierge.Infrastructure.Security;

/// <summary>
/// Makes encrypted text searchable without storing it in clear: every 2- and 3-character slice of the lower-cased
/// text is hashed with a tenant-bound HMAC key and kept as an <c>int[]</c> (GIN-indexed). A search term matches when
/// all of its slices are present, so matches are approximate (the slices may come from different places in the
/// text) but nothing readable is stored. The key derives from <c>Encryption:IndexKeyId</c> (default: the active key);
/// changing it means re-indexing.
/// </summary>
public sealed class BlindIndex : IBlindIndex
{
    private readonly byte[] _key;

    public BlindIndex(IOptions<EncryptionOptions> options)
    {
        var keyId = string.IsNullOrEmpty(options.Value.IndexKeyId) ? options.Value.ActiveKeyId : options.Value.IndexKeyId;
        var master = Convert.FromBase64String(options.Value.Keys[keyId]);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes("vioconcierge-blind-index-v1"));
    }

    /// <summary>The slices of stored texts, each tagged with its field (null texts add nothing).</summary>
    public int[] ForFields(Guid tenantId, params (string Field, string? Text)[] fields) =>
        fields.Where(field => !string.IsNullOrWhiteSpace(field.Text))
            .SelectMany(field => Slices(Normalise(field.Text!)).Select(slice => Hash(tenantId, field.Field, slice)))
            .Distinct()
            .Order()
            .ToArray();

    /// <summary>The slices a term must all have to match in <paramref name="field"/> (2-character terms: one bigram).</summary>
    public int[] ForTerm(Guid tenantId, string field, string term)
    {
        var text = Normalise(term);
        var slices = text.Length <= 2 ? [text] : Window(text, 3);
        return slices.Select(slice => Hash(tenantId, field, slice)).Distinct().Order().ToArray();
    }

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Slices(string text) => Window(text, 2).Concat(Window(text, 3));

    private static IEnumerable<string> Window(string text, int size)
    {
        for (var i = 0; i + size <= text.Length; i++)
        {
            yield return text.Substring(i, size);
        }
    }

    private int Hash(Guid tenantId, string field, string slice)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{tenantId:N}|{field}|{slice}"), mac);
        return BinaryPrimitives.ReadInt32BigEndian(mac);
    }
}
