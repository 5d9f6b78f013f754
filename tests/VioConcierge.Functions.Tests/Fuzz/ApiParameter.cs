using System.Text.Json.Nodes;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>A path or query parameter of an <see cref="ApiOperation"/>.</summary>
public sealed record ApiParameter(string Name, string In, JsonObject Schema);
