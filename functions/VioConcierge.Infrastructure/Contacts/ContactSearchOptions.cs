using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>Contact search settings (section <c>ContactSearch</c>).</summary>
public sealed class ContactSearchOptions
{
    public const string SectionName = "ContactSearch";

    /// <summary>
    /// A kept search term narrows the search through the index-backed search functions only while the planner
    /// estimates the contacts its patterns match (all tenants) at no more than this share of the tenant's contacts
    /// (<see cref="ContactSearchSql"/>). Above it the tenant's contacts are read once with the plain conditions, which
    /// measured faster (bench/README.md). 0 never narrows.
    /// </summary>
    [Range(0, double.MaxValue)]
    public double MaxCandidateRatio { get; set; } = 0.15;
}
