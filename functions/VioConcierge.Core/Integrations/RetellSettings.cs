using System.Text.RegularExpressions;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Integrations;

/// <summary>
/// A tenant's Retell set-up (settings section <c>integrations.retell</c>): the agent that speaks and the caller id
/// (a number bought from or imported into Retell, E.164). The API key is not here: it lives in the secret store.
/// </summary>
public sealed partial record RetellSettings(string? AgentId, string? CallerId)
{
    public const string Section = "integrations.retell";
    public const int MaxAgentIdLength = 128;

    public static readonly RetellSettings Empty = new(null, null);

    /// <summary>Both parts are set, so calls can be placed once an API key is available.</summary>
    public bool IsComplete() => !string.IsNullOrEmpty(AgentId) && !string.IsNullOrEmpty(CallerId);

    /// <summary>Validates the input and returns the settings to store (caller id normalised to E.164).</summary>
    public static Result<RetellSettings> Parse(string? agentId, string? callerId)
    {
        var errors = new FieldErrors();
        var agent = agentId?.Trim();
        if (string.IsNullOrEmpty(agent))
        {
            errors.Add("agentId", "Required.");
        }
        else if (agent.Length > MaxAgentIdLength || !AgentIdPattern().IsMatch(agent))
        {
            errors.Add("agentId", $"An agent id is up to {MaxAgentIdLength} letters, digits, '_' or '-'.");
        }
        var number = CallerIdNumber.Parse(callerId);
        if (string.IsNullOrWhiteSpace(callerId))
        {
            errors.Add("callerId", "Required.");
        }
        else if (number is null)
        {
            errors.Add("callerId", "The caller id must be a phone number in E.164 form, e.g. +442079460958.");
        }
        return errors.IsEmpty ? Result<RetellSettings>.Ok(new RetellSettings(agent, number)) : Result<RetellSettings>.Invalid(errors);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex AgentIdPattern();
}
