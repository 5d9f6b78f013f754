namespace VioConcierge.Functions.Hosting;

/// <summary>
/// What the OpenAPI document says of an HTTP function beyond its route and method: its tag, body, query parameters,
/// responses and headers. Declared on the function, read by <see cref="FunctionApiDescriptions"/>.
/// </summary>
public static class ApiDocs;

/// <summary>The group the class's functions appear under in the API document.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiTagAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The JSON body the function reads (with <see cref="RequestBody.ReadJsonAsync{T}"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsonBodyAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <summary>The query parameters the function reads: the constructor parameters of <see cref="Type"/> (see <see cref="QueryBinder"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class QueryAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <summary>
/// A success answer: its status and, when it has one, its JSON body type. Several of one status (CSV or JSON) give
/// that answer each media type, described by the first one's type.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ReturnsAttribute : Attribute
{
    public ReturnsAttribute(Type type, int status = 200) => (Type, Status) = (type, status);

    public ReturnsAttribute(int status) => Status = status;

    public Type? Type { get; }

    public int Status { get; }

    /// <summary>The media type of the body when it is not JSON (<c>text/csv</c>).</summary>
    public string? ContentType { get; init; }
}

/// <summary>A failure the function answers beyond those every operation of its kind may (see <see cref="OpenApiProblemResponses"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProblemAttribute(int status) : Attribute
{
    public int Status { get; } = status;
}

/// <summary>The function's 200 (and 201) carries an ETag of the resource's version, for If-Match on the next change.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReturnsETagAttribute : Attribute;

/// <summary>The function's 202 says in Location where to follow the work it started.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AcceptedWithLocationAttribute : Attribute;

/// <summary>
/// Fields this function refuses a body without, where its request type is shared with a function that does not
/// (a contact's name and phone on create, not on update).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresBodyFieldsAttribute(params string[] fields) : Attribute
{
    public IReadOnlyList<string> Fields { get; } = fields;
}

/// <summary>The function takes a <c>multipart/form-data</c> body with one file part of this name.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultipartFileAttribute(string partName) : Attribute
{
    public string PartName { get; } = partName;
}

/// <summary>The function is left out of the API document (the not-found fallback).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotDocumentedAttribute : Attribute;
