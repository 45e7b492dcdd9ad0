using System.Data.Common;
using System.Diagnostics;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store.Faults;
using GraphQlFollows.Follows.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphQlFollows.Follows.Store.Reading;

/// <summary>
/// The graph's reads (<see cref="IGraphReader"/>) as SQL of their own (<see cref="ReadSql"/>) on ADO.NET
/// connections kept with their prepared commands (<see cref="ReadSessions"/>): no LINQ translation, query cache or
/// materializer per call, and rows read straight into the domain's values. Each call is one statement, traced as a
/// <see cref="FollowsTelemetry.ReadSpan"/>. A database failure is reported to the store's <see cref="StoreCircuit"/>,
/// which then refuses reads at once for a moment, and the session it met is dropped.
/// </summary>
internal sealed class StoreReader : IGraphReader
{
    private readonly ReadDialect _dialect;
    private readonly ReadSql _sql;
    private readonly ReadSessions _sessions;
    private readonly StoreCircuit _circuit;

    public StoreReader(ReadDialect dialect, StoreCircuit circuit)
    {
        _dialect = dialect;
        _sql = new ReadSql(dialect);
        _sessions = new ReadSessions(dialect, _sql.Count);
        _circuit = circuit;
    }

    /// <summary>A reader of the database that <paramref name="factory"/>'s contexts open, sharing their circuit.</summary>
    public static StoreReader For(IDbContextFactory<FollowsDbContext> factory)
    {
        using var context = factory.CreateDbContext();
        var provider = context.Database.IsNpgsql() ? StorageProvider.PostgreSql : StorageProvider.Sqlite;
        var connectionString = context.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The follow store has no connection string.");
        var circuit = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?
            .OfType<StoreCircuit>().FirstOrDefault() ?? new StoreCircuit();
        return new StoreReader(ReadDialect.For(provider, connectionString), circuit);
    }

    public Task<List<EdgeRow>> ReadEdgesAsync(EdgeList list, string key, OperationWindow window)
    {
        var statements = _sql.Of(list);
        return ListAsync(statements.PageOf(window), (key, window, statements.KeyIsAddress), static (p, a) =>
            {
                p.Text(0, a.key);
                p.Integer(1, a.window.Above);
                p.Integer(2, a.window.Below);
                p.Integer(3, a.window.Count);
            },
            static (r, a) => a.KeyIsAddress
                ? new EdgeRow(EvmAddress.FromStored(a.key), r.GetString(0), Int64OrZero(r, 1), r.GetInt64(2))
                : new EdgeRow(EvmAddress.FromStored(r.GetString(0)), a.key, Int64OrZero(r, 1), r.GetInt64(2)));
    }

    public Task<List<EdgeRow>> ReadEdgesAsync(EdgeList list, IReadOnlyList<string> keys, OperationWindow window)
    {
        return ListAsync(_sql.Of(list).PagesOf(window), (keys, window), static (p, a) =>
            {
                p.Texts(0, a.keys);
                p.Integer(1, a.window.Above);
                p.Integer(2, a.window.Below);
                p.Integer(3, a.window.Count);
            },
            static (r, _) => new EdgeRow(EvmAddress.FromStored(r.GetString(0)), r.GetString(1), Int64OrZero(r, 2), r.GetInt64(3)));
    }

    public async Task<HashSet<string>> KeysWithEdgesAsync(EdgeList list, IReadOnlyList<string> keys, long operation, bool atOrAbove)
    {
        var statements = _sql.Of(list);
        var found = await ListAsync(atOrAbove ? statements.KeysAtOrAbove : statements.KeysAtOrBelow, (keys, operation), static (p, a) =>
            {
                p.Texts(0, a.keys);
                p.Integer(1, a.operation);
            },
            static (r, _) => r.GetString(0));
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public Task<long> CountBlockedAsync(string handle) =>
        CountAsync(_sql.CountBlocked, handle, static (p, handle) => p.Text(0, handle));

    public async Task<bool> IsBlockedAsync(string handle, string address) =>
        await CountAsync(_sql.IsBlocked, (handle, address), static (p, a) =>
        {
            p.Text(0, a.handle);
            p.Text(1, a.address);
        }) > 0;

    public Task<List<ProfileInfo>> ReadProfilesAsync(IReadOnlyList<string> handles) => handles.Count == 1
        ? ListAsync(_sql.Profile, handles[0], static (p, handle) => p.Text(0, handle), static (r, _) => Profile(r))
        : ListAsync(_sql.Profiles, handles, static (p, handles) => p.Texts(0, handles), static (r, _) => Profile(r));

    public Task<List<ProfileInfo>> ReadProfilesOwnedByAsync(IReadOnlyList<string> owners) =>
        ListAsync(_sql.ProfilesOwnedBy, owners, static (p, owners) => p.Texts(0, owners), static (r, _) => Profile(r));

    public Task<List<(string Address, long Count)>> ReadFollowingCountsAsync(IReadOnlyList<string> addresses) =>
        ListAsync(_sql.FollowingCounts, addresses, static (p, addresses) => p.Texts(0, addresses),
            static (r, _) => (r.GetString(0), r.GetInt64(1)));

    public Task<List<SigningKeyInfo>> ReadSigningKeysAsync(IReadOnlyList<string> addresses, int max) =>
        ListAsync(_sql.SigningKeys, (addresses, max), static (p, a) =>
            {
                p.Texts(0, a.addresses);
                p.Integer(1, a.max);
            },
            static (r, _) => new SigningKeyInfo(r.GetString(0), EvmAddress.FromStored(r.GetString(1)), r.GetString(2), r.GetString(3),
                r.GetInt64(4), r.IsDBNull(5) ? null : r.GetInt64(5)));

    public Task<List<(string Address, string Handle)>> ReadFollowingPairsAsync(IReadOnlyList<string> addresses, IReadOnlyList<string> handles) =>
        ListAsync(_sql.FollowingPairs, (addresses, handles), static (p, a) =>
            {
                p.Texts(0, a.addresses);
                p.Texts(1, a.handles);
            },
            static (r, _) => (r.GetString(0), r.GetString(1)));

    public Task<List<EvmAddress>> ReadMutualFollowsAsync(string address, string? above, string? below, bool descending, int count) =>
        ListAsync(_sql.MutualFollows[descending ? 1 : 0], (address, above, below, count), static (p, a) =>
            {
                p.Text(0, a.address);
                p.Text(1, a.above);
                p.Text(2, a.below);
                p.Integer(3, a.count);
            },
            static (r, _) => EvmAddress.FromStored(r.GetString(0)));

    public async Task<bool> AnyMutualFollowAsync(string address, string bound, bool atOrAbove) =>
        await CountAsync(atOrAbove ? _sql.AnyMutualFollowAtOrAbove : _sql.AnyMutualFollowAtOrBelow, (address, bound), static (p, a) =>
        {
            p.Text(0, a.address);
            p.Text(1, a.bound);
        }) > 0;

    public Task<long> CountMutualFollowsAsync(string address) =>
        CountAsync(_sql.CountMutualFollows, address, static (p, address) => p.Text(0, address));

    public Task<long> ReadLastPositionAsync() => CountAsync(_sql.LastPosition, 0, static (_, _) => { });

    public Task<List<OperationProof>> ReadOperationsAsync(long after, int count) =>
        ListAsync(_sql.OperationsAfter, (after, count), static (p, a) =>
            {
                p.Integer(0, a.after);
                p.Integer(1, a.count);
            },
            static (r, _) => Operation(r));

    public Task<List<OperationProof>> ReadOperationsAsync(IReadOnlyList<long> ids) =>
        ListAsync(_sql.OperationsWithIds, ids, static (p, ids) => p.Integers(0, ids), static (r, _) => Operation(r));

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    private static ProfileInfo Profile(DbDataReader r) =>
        new(r.GetString(0), EvmAddress.FromStored(r.GetString(1)), r.GetInt64(2), r.GetInt64(3));

    private static OperationProof Operation(DbDataReader r) => OperationProof.From(new OperationRecord
    {
        Position = r.GetInt64(0),
        Id = r.GetInt64(1),
        Kind = r.GetString(2),
        Address = r.GetString(3),
        Handles = r.GetString(4),
        Content = r.GetString(5),
        Signature = r.GetString(6),
        SigningKey = r.IsDBNull(7) ? null : r.GetString(7),
        SigningKeyAuthMessage = r.IsDBNull(8) ? null : r.GetString(8),
        SigningKeyAuthSignature = r.IsDBNull(9) ? null : r.GetString(9),
        Ts = r.GetInt64(10),
        AcceptedAt = r.GetInt64(11),
        PreviousDigest = r.GetString(12),
        Digest = r.GetString(13),
    });

    // A current edge always has its time; the column is nullable only for rows that are not current.
    private static long Int64OrZero(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? 0 : r.GetInt64(ordinal);

    /// <summary>Runs a statement and reads each of its rows with <paramref name="row"/>.</summary>
    private async Task<List<T>> ListAsync<TArgs, T>(
        ReadStatement statement, TArgs args, Action<ReadParameters, TArgs> bind, Func<DbDataReader, TArgs, T> row)
    {
        using var span = Trace(statement);
        var session = await RentAsync();
        try
        {
            var command = await session.CommandAsync(statement);
            bind(new ReadParameters(command, _dialect), args);
            var rows = new List<T>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add(row(reader, args));
                }
            }
            await _sessions.ReturnAsync(session);
            return rows;
        }
        catch (Exception exception)
        {
            await FailedAsync(session, exception, span);
            throw;
        }
    }

    /// <summary>Runs a statement whose one value is a count.</summary>
    private async Task<long> CountAsync<TArgs>(ReadStatement statement, TArgs args, Action<ReadParameters, TArgs> bind)
    {
        using var span = Trace(statement);
        var session = await RentAsync();
        try
        {
            var command = await session.CommandAsync(statement);
            bind(new ReadParameters(command, _dialect), args);
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            await _sessions.ReturnAsync(session);
            return count;
        }
        catch (Exception exception)
        {
            await FailedAsync(session, exception, span);
            throw;
        }
    }

    private static Activity? Trace(ReadStatement statement)
    {
        var span = FollowsTelemetry.Source.StartActivity(FollowsTelemetry.ReadSpan, ActivityKind.Client);
        span?.SetTag(FollowsTelemetry.ReadStatementTag, statement.Name);
        return span;
    }

    private async ValueTask<ReadSession> RentAsync()
    {
        _circuit.ThrowIfOpen();
        try
        {
            return await _sessions.RentAsync();
        }
        catch (Exception exception)
        {
            _circuit.Failed(exception);
            throw;
        }
    }

    private async ValueTask FailedAsync(ReadSession session, Exception exception, Activity? span)
    {
        span?.AddException(exception).SetStatus(ActivityStatusCode.Error, exception.Message);
        _circuit.Failed(exception);
        // Whatever went wrong, the connection may be left in any state: it is not used again.
        await session.DisposeAsync();
    }
}

/// <summary>Sets a command's parameters by position, lists as the dialect sends them.</summary>
internal readonly struct ReadParameters(DbCommand command, ReadDialect dialect)
{
    public void Text(int index, string? value) => command.Parameters[index].Value = value ?? (object)DBNull.Value;

    public void Integer(int index, long value) => command.Parameters[index].Value = value;

    public void Texts(int index, IReadOnlyList<string> values) => command.Parameters[index].Value = dialect.ListValue(values);

    public void Integers(int index, IReadOnlyList<long> values) => command.Parameters[index].Value = dialect.ListValue(values);
}
