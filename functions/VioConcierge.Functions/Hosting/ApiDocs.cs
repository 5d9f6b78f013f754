namespace VioConcierge.Functions.Hosting;

/// <summary>
/// What the OpenAPI document says of an operation beyond its types: the ETag its 200 carries (for If-Match on the next
/// change), the Location its 202 carries. <see cref="OpenApiProblemResponses"/> gives every 201 its Location header.
/// </summary>
public static class ApiDocs
{
    public static TBuilder ReturnsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ETagResponse());

    public static TBuilder AcceptedWithLocation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptedLocation());

    /// <summary>Marks an operation whose 200 (and 201) carries an ETag of the resource's version.</summary>
    public sealed record ETagResponse;

    /// <summary>Marks an operation whose 202 says in Location where to follow the work it started.</summary>
    public sealed record AcceptedLocation;
}
