
namespace VioConcierge.Application.Security;

/// <summary>
/// Makes encrypted text searchable without storing it in clear: every 2- and 3-character slice of the lower-cased
/// text is hashed with a tenant-bound HMAC key and kept as an <c>int[]</c> (GIN-indexed). A search term matches when
/// all of its slices are present, so matches are approximate (the slices may come from different places in the
/// text) but nothing readable is stored. The key derives from <c>Encryption:IndexKeyId</c> (default: the active key);
/// changing it means re-indexing.
/// </summary>
public interface IBlindIndex
{
    /// <summary>The slices of stored texts, each tagged with its field (null texts add nothing).</summary>
    int[] ForFields(Guid tenantId, params (string Field, string? Text)[] fields);

    /// <summary>The slices a term must all have to match in <paramref name="field"/> (2-character terms: one bigram).</summary>
    int[] ForTerm(Guid tenantId, string field, string term);
}
