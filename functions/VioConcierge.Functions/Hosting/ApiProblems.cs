using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>The ProblemDetails answers every endpoint uses for expected failures.</summary>
public static class ApiProblems
{
    public static ValidationProblem Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "One or more fields are not valid.");

    public static ValidationProblem Validation(string field, string message) => Validation(FieldErrors.Single(field, message));

    public static ProblemHttpResult NotFound(string what = "Resource") =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict.", detail: detail);

    public static ProblemHttpResult Forbidden(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", detail: detail, extensions: extensions);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.", detail: detail);
}
