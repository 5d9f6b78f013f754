using VioConcierge.Core.Notifications;

namespace VioConcierge.Infrastructure.Notifications;

/// <summary>The stored names of <see cref="CallCompletion"/> (the wire's snake_case names).</summary>
public static class CallCompletions
{
    public static string Name(CallCompletion value) => value switch
    {
        CallCompletion.None => "none",
        CallCompletion.AllOutcomes => "all_outcomes",
        CallCompletion.SummaryOnly => "summary_only",
        _ => "failed_only",
    };

    public static CallCompletion Parse(string name) => name switch
    {
        "none" => CallCompletion.None,
        "all_outcomes" => CallCompletion.AllOutcomes,
        "summary_only" => CallCompletion.SummaryOnly,
        _ => CallCompletion.FailedOnly,
    };
}
