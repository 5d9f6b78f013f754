using System.Reflection;
using VioConcierge.Core.Business;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Tests.Business;

public class BusinessTypeDefaultsTests
{
    [Fact]
    public void Differences_TheTypesOwnDefaults_AreNone()
    {
        Assert.All(BusinessTypes.All, type =>
            Assert.Empty(BusinessTypeDefaults.Differences(type, CallSettings.DefaultFor(type), ComplianceSettings.DefaultFor(type))));
    }

    [Fact]
    public void Differences_CoverEverySettingWhoseDefaultDependsOnTheType()
    {
        var typeDependent = Varying(BusinessTypes.All.Select(CallSettings.DefaultFor), "calls")
            .Concat(Varying(BusinessTypes.All.Select(ComplianceSettings.DefaultFor), "compliance"));

        var listed = BusinessTypes.All.SelectMany(from => BusinessTypes.All.SelectMany(to =>
            BusinessTypeDefaults.Differences(to, CallSettings.DefaultFor(from), ComplianceSettings.DefaultFor(from)))).Select(d => d.Setting).ToHashSet();

        Assert.Equal(typeDependent.Order(), listed.Order());
    }

    private static IEnumerable<string> Varying<T>(IEnumerable<T> defaults, string section) =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is not null && defaults.Select(value => property.GetValue(value)).Distinct().Count() > 1)
            .Select(property => $"{section}.{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}");
}
