using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Team;

/// <summary>The team list's filters, sort and paging, and the overview counts in the business's time zone.</summary>
[Collection(ApiCollection.Name)]
public sealed class TeamListTests(ApiFixture api)
{
    [Fact]
    public async Task List_FiltersSortsAndPages_AndTheOverviewCountsEachKind()
    {
        var t = await TenantSession.StartAsync(api);
        var (staffId, _) = await api.AddSignedInMemberAsync(t.Admin);
        var invited = await t.Admin.AddMemberAsync(TeamMembers.NewEmail("zed"), "client_admin", sendWelcomeEmail: false);
        var (goneId, _) = await api.AddSignedInMemberAsync(t.Admin);
        await t.Client.PostAsync($"/api/team/{goneId}/deactivate", null);

        var all = await ListAsync(t, "sort=email&order=desc&limit=2");
        var next = await ListAsync(t, $"sort=email&order=desc&limit=2&cursor={all.Str("nextCursor")}");
        var admins = await ListAsync(t, "role=client_admin");
        var invitedOnly = await ListAsync(t, "status=invited");
        var deactivated = await ListAsync(t, "status=deactivated");
        var search = await ListAsync(t, "q=ZED");
        var overview = await (await t.Client.GetAsync("/api/team/overview")).ReadAsync();
        var badSort = await t.Client.GetAsync("/api/team?sort=password");

        var emails = all.GetProperty("items").EnumerateArray().Concat(next.GetProperty("items").EnumerateArray()).Select(m => m.Str("email")).ToList();
        Assert.Equal(4, all.GetProperty("total").GetInt64());
        Assert.Equal(emails.OrderDescending(StringComparer.Ordinal), emails);
        Assert.Equal(4, emails.Distinct().Count());
        Assert.Equal(2, admins.GetProperty("total").GetInt64());
        Assert.Equal(invited.Str("id"), Assert.Single(invitedOnly.GetProperty("items").EnumerateArray()).Str("id"));
        Assert.Equal(goneId.ToString(), Assert.Single(deactivated.GetProperty("items").EnumerateArray()).Str("id"));
        Assert.Equal(invited.Str("id"), Assert.Single(search.GetProperty("items").EnumerateArray()).Str("id"));
        Assert.NotEqual(staffId.ToString(), invited.Str("id"));
        Assert.Equal((4, 3, 2, 1, 1, 1), (Int(overview, "total"), Int(overview, "active"), Int(overview, "admins"), Int(overview, "staff"),
            Int(overview, "invited"), Int(overview, "inactive")));
        Assert.Equal((3, 3, 1), (Int(overview, "activeToday"), Int(overview, "activeThisWeek"), Int(overview, "neverSignedIn")));
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Fact]
    public async Task Overview_ActiveToday_FollowsTheBusinessesMidnight()
    {
        var t = await TenantSession.StartAsync(api);
        api.Clock.Advance(TimeSpan.FromDays(1));
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);

        var overview = await (await admin.Client.GetAsync("/api/team/overview")).ReadAsync();

        Assert.Equal((1, 0), (Int(overview, "activeToday"), Int(overview, "neverSignedIn")));
        Assert.Equal("Europe/London", overview.Str("timeZone"));
    }

    private static int Int(System.Text.Json.JsonElement element, string name) => element.GetProperty(name).GetInt32();

    private async Task<System.Text.Json.JsonElement> ListAsync(TenantSession t, string query)
    {
        var response = await t.Client.GetAsync("/api/team?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }
}
