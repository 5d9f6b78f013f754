using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Query parameters and route values are single-line text: one holding a control character (<c>?q=a%00b</c>) is a 400
/// naming it, before any endpoint reads it. JSON bodies get the same rule from <see cref="TextJsonConverter"/>.
/// Runs after authorization, so an anonymous caller of a protected route still gets 401 first.
/// </summary>
public sealed class ControlCharacterMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new FieldErrors();
        foreach (var (name, values) in context.Request.Query)
        {
            var badName = ControlCharacters.AnyIn(name);
            errors.AddIf(badName || values.Any(value => ControlCharacters.AnyIn(value)), badName ? "query" : name, ControlCharacters.Message);
        }
        foreach (var (name, value) in context.Request.RouteValues)
        {
            errors.AddIf(value is string text && ControlCharacters.AnyIn(text), name, ControlCharacters.Message);
        }
        errors.AddIf(ControlCharacters.AnyIn(context.Request.Path.Value), "path", ControlCharacters.Message);
        if (!errors.IsEmpty)
        {
            await ApiProblems.Validation(errors).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
