namespace VioConcierge.Functions.Hosting;

/// <summary>
/// What the OpenAPI document says of an operation beyond its types: the ETag its 200 carries (for If-Match on the next
/// change), the Location its 202 carries. <see cref="OpenApiProblemResponses"/> gives every 201 its Location header.
/// </summary>
public static class ApiDocs
{
    public static TBuilder ReturnsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ETagResponse());

    /// <summary>
    /// Fields this operation refuses a body without, where its request type is shared with an operation that does not
    /// (a contact's name and phone on create, not on update).
    /// </summary>
    public static TBuilder RequiresBodyFields<TBuilder>(this TBuilder builder, params string[] fields) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredBodyFields(fields));

    public static TBuilder AcceptedWithLocation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptedLocation());

    /// <summary>Marks an operation whose 200 (and 201) carries an ETag of the resource's version.</summary>
    public sealed record ETagResponse;

    public sealed record RequiredBodyFields(IReadOnlyList<string> Fields);

    /// <summary>Marks an operation whose 202 says in Location where to follow the work it started.</summary>
    public sealed record AcceptedLocation;
}
