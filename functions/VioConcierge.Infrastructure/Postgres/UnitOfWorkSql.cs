using Npgsql;
using VioConcierge.Application.Abstractions;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// SQL through a unit of work the Application layer holds only as <see cref="IUnitOfWork"/>: every unit of work comes
/// from <see cref="Database"/>, so each store reaches its PostgreSQL transaction here.
/// </summary>
public static class UnitOfWorkSql
{
    public static UnitOfWork Postgres(this IUnitOfWork uow) =>
        uow as UnitOfWork ?? throw new InvalidOperationException($"A {uow.GetType().Name} is not a PostgreSQL unit of work.");

    public static NpgsqlConnection Connection(this IUnitOfWork uow) => uow.Postgres().Connection;

    public static NpgsqlTransaction Transaction(this IUnitOfWork uow) => uow.Postgres().Transaction;

    public static Task<IEnumerable<T>> QueryAsync<T>(this IUnitOfWork uow, string sql, object? args, CancellationToken ct) =>
        uow.Postgres().QueryAsync<T>(sql, args, ct);

    /// <summary>Rows split into two objects at the column <paramref name="splitOn"/> (Dapper multi-mapping).</summary>
    public static Task<IEnumerable<TReturn>> QueryAsync<TFirst, TSecond, TReturn>(
        this IUnitOfWork uow, string sql, object? args, Func<TFirst, TSecond, TReturn> map, string splitOn, CancellationToken ct) =>
        uow.Postgres().QueryAsync(sql, args, map, splitOn, ct);

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IUnitOfWork uow, string sql, object? args, CancellationToken ct) =>
        uow.Postgres().QuerySingleOrDefaultAsync<T>(sql, args, ct);

    public static Task<T> QuerySingleAsync<T>(this IUnitOfWork uow, string sql, object? args, CancellationToken ct) =>
        uow.Postgres().QuerySingleAsync<T>(sql, args, ct);

    public static Task<int> ExecuteAsync(this IUnitOfWork uow, string sql, object? args, CancellationToken ct) =>
        uow.Postgres().ExecuteAsync(sql, args, ct);
}
