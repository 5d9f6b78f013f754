using System.Text.Json;
using static VioConcierge.Core.Integrations.Calendar.JsonFields;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Calendly's <c>questions_and_answers[]</c> (in <c>position</c> order): the first answer to a question that asks for a
/// phone (its text names a phone, mobile, cell or telephone) is a phone candidate; every other answered question
/// becomes a line <c>Question: answer</c> of the notes. Phone answers never go into the notes.
/// </summary>
internal sealed record CalendlyAnswers(string? Phone, string? Notes)
{
    private static readonly string[] PhoneWords = ["phone", "mobile", "cell", "telephone"];

    public static CalendlyAnswers Read(JsonElement payload)
    {
        string? phone = null;
        var lines = new List<string>();
        var ordered = Array(payload, "questions_and_answers")
            .Where(item => item.ValueKind == JsonValueKind.Object)
            .Select((item, index) => (item, order: item.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var position) ? position : index))
            .OrderBy(pair => pair.order);
        foreach (var (item, _) in ordered)
        {
            var question = Present(item, "question") ?? "";
            if (Present(item, "answer") is not { } answer)
            {
                continue;
            }
            if (PhoneWords.Any(word => question.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                phone ??= answer;
                continue;
            }
            lines.Add(question.Length == 0 ? answer : $"{question}: {answer}");
        }
        return new CalendlyAnswers(phone, lines.Count == 0 ? null : string.Join('\n', lines));
    }
}
