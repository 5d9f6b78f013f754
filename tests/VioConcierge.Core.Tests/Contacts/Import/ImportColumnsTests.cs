using VioConcierge.Core.Contacts;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Core.Tests.Contacts.Import;

public class ImportColumnsTests
{
    [Fact]
    public void Resolve_CommonSpellings_MapCaseAndPunctuationInsensitively()
    {
        // Act
        var result = ImportColumns.Resolve(["FULL_NAME", "Mobile", "e-mail", "Date", "Time", "Doctor", "Service"], null);

        // Assert
        var columns = result.Value!;
        Assert.Equal(0, columns.Find(ImportFields.Name)!.Index);
        Assert.Equal(1, columns.Find(ImportFields.Phone)!.Index);
        Assert.Equal(2, columns.Find(ImportFields.Email)!.Index);
        Assert.Equal((3, 4), (columns.Find(ImportFields.AppointmentDate)!.Index, columns.Find(ImportFields.AppointmentTime)!.Index));
        Assert.Equal((5, 6), (columns.Find(ImportFields.OwnerName)!.Index, columns.Find(ImportFields.AppointmentType)!.Index));
    }

    [Fact]
    public void Resolve_ATimeColumnWithoutADateColumn_HoldsTheWholeAppointment()
    {
        // Act
        var columns = ImportColumns.Resolve(["Name", "Phone", "Appointment Time"], null).Value!;

        // Assert
        Assert.Equal(2, columns.Find(ImportFields.Appointment)!.Index);
        Assert.Null(columns.Find(ImportFields.AppointmentTime));
    }

    [Fact]
    public void Resolve_ExplicitMapping_WinsAndAnEmptyHeaderLeavesAFieldOut()
    {
        // Act
        var columns = ImportColumns.Resolve(["Name", "Client", "Tel", "When", "Notes"],
            new Dictionary<string, string?> { ["Name"] = "client", ["phone"] = "Tel", ["appointment"] = "When", ["notes"] = "" }).Value!;

        // Assert
        Assert.Equal(1, columns.Find(ImportFields.Name)!.Index);
        Assert.Null(columns.Find(ImportFields.Notes));
    }

    [Fact]
    public void Resolve_MissingRequiredColumns_NamesEachOne()
    {
        // Act
        var errors = ImportColumns.Resolve(["Email", "Date"], null).Errors!.ToDictionary();

        // Assert
        Assert.Equal(["appointmentTime", "name", "phone"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
