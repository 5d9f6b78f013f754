using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>Turns the list route's query string into a <see cref="ContactListQuery"/>, naming every bad parameter.</summary>
public static class ContactListParameters
{
    public const int MaxLastContactDays = 3650;

    private static readonly Dictionary<string, ContactSort> Sorts = new()
    {
        ["created"] = ContactSort.Created,
        ["name"] = ContactSort.Name,
        ["status"] = ContactSort.Status,
        ["appointment"] = ContactSort.Appointment,
        ["attempts"] = ContactSort.Attempts,
    };

    private static readonly Dictionary<string, CallFilter> Calls = new()
    {
        ["due_now"] = CallFilter.DueNow,
        ["due_today"] = CallFilter.DueToday,
        ["overdue"] = CallFilter.Overdue,
        ["scheduled_future"] = CallFilter.ScheduledFuture,
    };

    public static Result<ContactListQuery> Parse(ContactListRequest r, TimeZoneInfo zone, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var statuses = r.Status ?? [];
        errors.AddIf(statuses.Any(s => !ContactStatus.IsValid(s)), "status", $"Status must be one of: {string.Join(", ", ContactStatus.All)}.");
        var groupMatch = r.GroupMode switch { null or "any" => GroupMatch.Any, "all" => GroupMatch.All, "exclude" => GroupMatch.Exclude, _ => (GroupMatch?)null };
        errors.AddIf(groupMatch is null, "groupMode", "Group mode must be any, all or exclude.");
        ContactSearch? search = null;
        if (!string.IsNullOrWhiteSpace(r.Q))
        {
            var parsed = ContactSearch.Parse(r.Q);
            if (parsed.IsValid)
            {
                search = parsed.Value;
            }
            else
            {
                foreach (var message in parsed.Errors!.ToDictionary().Values.SelectMany(m => m))
                {
                    errors.Add("q", message);
                }
            }
        }
        var (from, to) = (r.From, r.To);
        if (r.Appointment is not null)
        {
            if (LocalPeriods.TryResolve(r.Appointment, now, zone, out var period))
            {
                (from, to) = (Later(from, period.From), Earlier(to, period.To));
            }
            else
            {
                errors.Add("appointment", "Appointment must be today, tomorrow, this_week or next_week.");
            }
        }
        errors.AddIf(r.From > r.To, "from", "From must be before to.");
        CallFilter? call = r.Call is null ? null : Calls.TryGetValue(r.Call, out var c) ? c : null;
        errors.AddIf(r.Call is not null && call is null, "call", $"Call must be one of: {string.Join(", ", Calls.Keys)}.");
        var (lastContact, since) = LastContact(r, now, zone, errors);
        var sort = r.Sort is null ? ContactSort.Created : Sorts.TryGetValue(r.Sort, out var s) ? s : (ContactSort?)null;
        errors.AddIf(sort is null, "sort", $"Sort must be one of: {string.Join(", ", Sorts.Keys)}.");
        errors.AddIf(r.Order is not (null or "asc" or "desc"), "order", "Order must be asc or desc.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var today = LocalPeriods.Day(now, zone);
        return new ContactListQuery
        {
            Statuses = statuses,
            Groups = r.Group ?? [],
            GroupMatch = groupMatch!.Value,
            Ungrouped = r.Ungrouped == true,
            Search = search,
            AppointmentFrom = from,
            AppointmentTo = to,
            Call = call,
            TodayStart = today.From,
            TomorrowStart = today.To,
            LastContact = lastContact,
            LastContactSince = since,
            Sort = sort!.Value,
            Descending = r.Order is null ? sort == ContactSort.Created : r.Order == "desc",
        };
    }

    private static (LastContactFilter?, DateTimeOffset?) LastContact(ContactListRequest r, DateTimeOffset now, TimeZoneInfo zone, FieldErrors errors)
    {
        if (r.LastContactDays is { } days)
        {
            if (days is < 1 or > MaxLastContactDays)
            {
                errors.Add("lastContactDays", $"Last contact days must be 1 to {MaxLastContactDays}.");
                return (null, null);
            }
            return (LastContactFilter.Since, now.AddDays(-days));
        }
        return r.LastContact switch
        {
            null => (null, null),
            "never" => (LastContactFilter.Never, null),
            "today" => (LastContactFilter.Since, LocalPeriods.Day(now, zone).From),
            "week" => (LastContactFilter.Since, now.AddDays(-7)),
            "month" => (LastContactFilter.Since, now.AddDays(-30)),
            _ => Invalid(errors),
        };
    }

    private static (LastContactFilter?, DateTimeOffset?) Invalid(FieldErrors errors)
    {
        errors.Add("lastContact", "Last contact must be never, today, week or month.");
        return (null, null);
    }

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;

    private static DateTimeOffset Earlier(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;
}
