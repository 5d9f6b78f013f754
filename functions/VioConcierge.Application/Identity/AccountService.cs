using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Identity;

/// <summary>The signed-in user's own account: profile, password and sessions.</summary>
public sealed class AccountService(
    ITransactions database,
    IUserStore users,
    ISessionStore sessions,
    IPasswordHashing passwords,
    EmailChanges emailChanges,
    SecurityAlerts alerts,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<Result<UserRow>> GetAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await users.FindByIdAsync(uow, me.UserId, ct) is { } user ? user : Result<UserRow>.NotFound();
    }

    private const string ProfileChanged = "Your profile was changed elsewhere; reload it and try again.";

    /// <summary>
    /// Updates name, job title and phone (a UK number, stored as E.164; empty clears it); a conflict when
    /// <paramref name="expectedVersion"/> (or a concurrent change) is newer. A new email is not applied here: a
    /// confirmation link goes to the new address, and the change takes effect when it is used.
    /// </summary>
    public async Task<Result<UserRow>> UpdateProfileAsync(CurrentUser me, UpdateProfileRequest request, int? expectedVersion, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var phone = ProfilePhone.Read(request.Phone, errors);
        var newEmail = EmailChanges.Read(request.Email, errors);
        await using var uow = await database.BeginForAsync(me, ct);
        var user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        if (expectedVersion is { } expected && expected != user.Version)
        {
            return Result<UserRow>.Conflict(ProfileChanged);
        }
        var fullName = request.FullName is null ? user.FullName : PersonName.Check(request.FullName, "fullName", errors);
        errors.AddIf(request.JobTitle?.Length > PersonName.JobTitleMaxLength, "jobTitle",
            $"Job title must be at most {PersonName.JobTitleMaxLength} characters.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var jobTitle = request.JobTitle is null ? user.JobTitle : string.IsNullOrWhiteSpace(request.JobTitle) ? null : request.JobTitle.Trim();
        var newPhone = request.Phone is null ? user.Phone : phone;
        var changes = new AuditChanges().Change("fullName", user.FullName, fullName).Change("jobTitle", user.JobTitle, jobTitle)
            .Change("phone", user.Phone, newPhone).Build();
        if (newEmail is not null && !string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase)
            && await emailChanges.RequestAsync(uow, me, user, newEmail, ct) is { } refused)
        {
            return refused;
        }
        if (changes.Count > 0 && !await users.UpdateProfileAsync(uow, me.UserId, user.Version, fullName!, jobTitle, newPhone, time.GetUtcNow(), ct))
        {
            return Result<UserRow>.Conflict(ProfileChanged);
        }
        if (changes.Count > 0)
        {
            await audit.AppendAsync(uow, Entry(me, AuditActions.UserUpdated) with { Changes = changes }, ct);
        }
        user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        await uow.CommitAsync(ct);
        return user;
    }

    /// <summary>Changes the password after checking the current one; every other session is signed out.</summary>
    public async Task<Result<bool>> ChangePasswordAsync(CurrentUser me, ChangePasswordRequest request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            return FieldErrors.Single("currentPassword", "Current password is required.");
        }
        var policy = PasswordPolicy.Check(request.NewPassword, me.Role, "newPassword");
        if (!policy.IsEmpty)
        {
            return Result<bool>.Invalid(policy);
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        if (!passwords.Verify(user.PasswordHash, request.CurrentPassword, out _))
        {
            return FieldErrors.Single("currentPassword", "Current password is incorrect.");
        }
        if (passwords.Verify(user.PasswordHash, request.NewPassword!, out _))
        {
            return FieldErrors.Single("newPassword", "New password must differ from the current one.");
        }
        await users.UpdatePasswordHashAsync(uow, me.UserId, passwords.Hash(request.NewPassword!), changedByUser: true, now, ct);
        var revoked = await sessions.RevokeAllForUserAsync(uow, me.UserId, me.SessionId, "password_changed", now, ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.PasswordChanged) with
        {
            Changes = new AuditChanges().Set("otherSessionsRevoked", revoked).Build(),
        }, ct);
        await alerts.PasswordChangedAsync(uow, user, ct);
        await uow.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<SessionRow>> ListSessionsAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return (await sessions.ListActiveForUserAsync(uow, me.UserId, time.GetUtcNow(), ct)).ToArray();
    }

    /// <summary>Revokes one of the caller's own sessions; not found when no such live session belongs to them.</summary>
    public async Task<Result<Guid>> RevokeSessionAsync(CurrentUser me, Guid sessionId, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        if (!await sessions.RevokeAsync(uow, sessionId, me.UserId, "revoked_by_user", time.GetUtcNow(), ct))
        {
            return Result<Guid>.NotFound();
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.SessionRevoked) with { TargetType = "session", TargetId = sessionId.ToString() }, ct);
        await uow.CommitAsync(ct);
        return sessionId;
    }

    /// <summary>Signs out every session of the caller but the one making the request; returns how many ended.</summary>
    public async Task<int> RevokeOtherSessionsAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var revoked = await sessions.RevokeAllForUserAsync(uow, me.UserId, me.SessionId, "revoked_by_user", time.GetUtcNow(), ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.SessionsRevoked) with
        {
            Changes = new AuditChanges().Set("otherSessionsRevoked", revoked).Build(),
        }, ct);
        await uow.CommitAsync(ct);
        return revoked;
    }

    private static AuditEntry Entry(CurrentUser me, string action) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "user", me.UserId.ToString(), ClientIp: me.ClientIp);
}
