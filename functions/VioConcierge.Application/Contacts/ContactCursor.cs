using System.Buffers.Text;
using System.Globalization;
using System.Text;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Keyset cursor of the contact list: the sort it belongs to, the last row's sort key (as text) and id. A cursor
/// from another sort or order, or with a key that does not fit the sort's type, is refused (400).
/// </summary>
public sealed record ContactCursor(string Key, Guid Id)
{
    public string Encode(ContactSort sort, bool descending) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{sort}|{(descending ? "d" : "a")}|{Id:N}|{Key}"));

    public static bool TryDecode(string? text, ContactSort sort, bool descending, out ContactCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 4);
            if (parts.Length != 4 || parts[0] != sort.ToString() || parts[1] != (descending ? "d" : "a")
                || !Guid.TryParseExact(parts[2], "N", out var id) || !KeyFits(parts[3], sort))
            {
                return false;
            }
            cursor = new ContactCursor(parts[3], id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string KeyOf(ContactRow row, ContactSort sort) => sort switch
    {
        ContactSort.Name => row.Name.ToLowerInvariant(),
        ContactSort.Status => row.Status,
        ContactSort.Appointment => row.AppointmentAt?.ToString("O", CultureInfo.InvariantCulture) ?? "infinity",
        ContactSort.Attempts => row.CallAttempts.ToString(CultureInfo.InvariantCulture),
        _ => row.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    private static bool KeyFits(string key, ContactSort sort) => sort switch
    {
        ContactSort.Attempts => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        ContactSort.Created => DateTimeOffset.TryParseExact(key, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ContactSort.Appointment => key == "infinity" || DateTimeOffset.TryParseExact(key, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => key.Length <= 200,
    };
}
