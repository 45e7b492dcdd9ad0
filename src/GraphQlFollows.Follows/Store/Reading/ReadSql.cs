using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;

namespace GraphQlFollows.Follows.Store.Reading;

/// <summary>
/// Every statement of the reads, written once for both providers over the tables of the EF Core model (their names
/// are set in <see cref="FollowsDbContext"/>), the few differences left to the <see cref="ReadDialect"/>. Each
/// statement is served by an index: the primary keys, <c>ix_profiles_owner</c>, <c>ix_signing_keys_address</c>,
/// <c>ux_operations_id</c>, and the (key, operation) indexes of the edge lists. To add a read, add its statement here and a method that
/// runs it to <see cref="StoreReader"/>.
/// </summary>
internal sealed class ReadSql
{
    private const string ProfileColumns = "handle, owner, follower_count, created_at";

    private const string OperationColumns =
        "position, id, kind, address, handles, content, signature, signing_key, signing_key_auth_message, " +
        "signing_key_auth_signature, ts, accepted_at, previous_digest, digest";

    // B is mutual with A (@self) when B follows a profile A owns and A follows a profile B owns.
    private const string MutualOfSelf =
        "FROM follows AS f JOIN profiles AS p ON p.handle = f.handle " +
        "WHERE p.owner = @self AND f.follow_operation IS NOT NULL AND EXISTS (SELECT 1 FROM follows AS b " +
        "JOIN profiles AS q ON q.handle = b.handle WHERE b.address = @self AND b.follow_operation IS NOT NULL AND q.owner = f.address)";

    private readonly List<ReadStatement> _all = [];
    private readonly EdgeStatements[] _edges;

    public ReadSql(ReadDialect dialect)
    {
        _edges =
        [
            Edges(dialect, EdgeList.Followers, "follows", key: "handle", other: "address", at: "followed_at", order: "follow_operation"),
            Edges(dialect, EdgeList.Followings, "follows", key: "address", other: "handle", at: "followed_at", order: "follow_operation"),
            Edges(dialect, EdgeList.Blocked, "blocks", key: "handle", other: "address", at: "blocked_at", order: "block_operation"),
        ];
        CountBlocked = Add("count blocked", "SELECT COUNT(*) FROM blocks WHERE handle = @handle AND block_operation IS NOT NULL",
            ("@handle", ParameterKind.Text));
        IsBlocked = Add("is blocked",
            "SELECT COUNT(*) FROM blocks WHERE handle = @handle AND address = @address AND block_operation IS NOT NULL",
            ("@handle", ParameterKind.Text), ("@address", ParameterKind.Text));
        Profile = Add("profile", $"SELECT {ProfileColumns} FROM profiles WHERE handle = @handle", ("@handle", ParameterKind.Text));
        Profiles = Add("profiles", $"SELECT {ProfileColumns} FROM profiles WHERE {dialect.IsKey("handle", "@handles")}",
            ("@handles", ParameterKind.TextList));
        ProfilesOwnedBy = Add("profiles owned by",
            $"SELECT {ProfileColumns} FROM profiles WHERE {dialect.IsKey("owner", "@owners")} ORDER BY created_operation",
            ("@owners", ParameterKind.TextList));
        FollowingCounts = Add("following counts",
            $"SELECT address, following_count FROM addresses WHERE {dialect.IsKey("address", "@addresses")}",
            ("@addresses", ParameterKind.TextList));
        // Each address's active keys first, then its most recently revoked, cut at @max; listed oldest first.
        SigningKeys = Add("signing keys",
            "SELECT key, address, auth_message, auth_signature, registered_at, revoked_at FROM (SELECT k.*, ROW_NUMBER() OVER " +
            "(PARTITION BY k.address ORDER BY k.revoked_at IS NULL DESC, k.registered_at DESC, k.key DESC) AS listed " +
            $"FROM signing_keys AS k WHERE {dialect.IsKey("k.address", "@addresses")}) AS ranked WHERE listed <= @max " +
            "ORDER BY registered_at, key",
            ("@addresses", ParameterKind.TextList), ("@max", ParameterKind.Integer));
        FollowingPairs = Add("following pairs",
            $"SELECT address, handle FROM follows WHERE {dialect.IsKey("address", "@addresses")} " +
            $"AND {dialect.IsKey("handle", "@handles")} AND follow_operation IS NOT NULL",
            ("@addresses", ParameterKind.TextList), ("@handles", ParameterKind.TextList));
        MutualFollows = [MutualPage("ASC"), MutualPage("DESC")];
        AnyMutualFollowAtOrAbove = Add("any mutual follow", $"SELECT COUNT(*) FROM (SELECT 1 {MutualOfSelf} AND f.address >= @bound LIMIT 1) AS m",
            ("@self", ParameterKind.Text), ("@bound", ParameterKind.Text));
        AnyMutualFollowAtOrBelow = Add("any mutual follow", $"SELECT COUNT(*) FROM (SELECT 1 {MutualOfSelf} AND f.address <= @bound LIMIT 1) AS m",
            ("@self", ParameterKind.Text), ("@bound", ParameterKind.Text));
        CountMutualFollows = Add("count mutual follows", $"SELECT COUNT(*) FROM (SELECT DISTINCT f.address {MutualOfSelf}) AS m",
            ("@self", ParameterKind.Text));
        LastPosition = Add("last position", "SELECT COALESCE(MAX(position), 0) FROM operations");
        OperationsAfter = Add("operations after",
            $"SELECT {OperationColumns} FROM operations WHERE position > @after ORDER BY position LIMIT @count",
            ("@after", ParameterKind.Integer), ("@count", ParameterKind.Integer));
        OperationsWithIds = Add("operations with ids", $"SELECT {OperationColumns} FROM operations WHERE {dialect.IsKey("id", "@ids")}",
            ("@ids", ParameterKind.IntegerList));
    }

    /// <summary>How many statements there are; their <see cref="ReadStatement.Id"/>s run from 0 below it.</summary>
    public int Count => _all.Count;

    public ReadStatement CountBlocked { get; }
    public ReadStatement IsBlocked { get; }
    public ReadStatement Profile { get; }
    public ReadStatement Profiles { get; }
    public ReadStatement ProfilesOwnedBy { get; }
    public ReadStatement FollowingCounts { get; }
    public ReadStatement SigningKeys { get; }
    public ReadStatement FollowingPairs { get; }

    /// <summary>A page of mutual follows by address, ascending [0] and descending [1]; null bounds leave a side open.</summary>
    public ReadStatement[] MutualFollows { get; }

    public ReadStatement AnyMutualFollowAtOrAbove { get; }
    public ReadStatement AnyMutualFollowAtOrBelow { get; }
    public ReadStatement CountMutualFollows { get; }
    public ReadStatement LastPosition { get; }
    public ReadStatement OperationsAfter { get; }
    public ReadStatement OperationsWithIds { get; }

    public EdgeStatements Of(EdgeList list) => _edges[(int)list];

    private EdgeStatements Edges(ReadDialect dialect, EdgeList list, string table, string key, string other, string at, string order)
    {
        var name = list.ToString().ToLowerInvariant();
        // A single key's rows: the key is known, so only the other column is read. Without a lower cursor the
        // upper bound alone leaves out the rows that are not current (a null operation is below nothing): SQLite
        // compiles a statement with a lower bound on the operation again whenever the key changes.
        ReadStatement Page(string direction, bool bounded) => Add(name,
            $"SELECT {other}, {at}, {order} FROM {table} WHERE {key} = @key " +
            $"{(bounded ? $"AND {order} > @above " : "")}AND {order} < @below ORDER BY {order} {direction} LIMIT @count",
            ("@key", ParameterKind.Text), ("@above", ParameterKind.Integer), ("@below", ParameterKind.Integer), ("@count", ParameterKind.Integer));
        ReadStatement Pages(bool descending) => Add($"{name} of keys",
            dialect.FirstRowsOfKeys(table, key, $"f.address, f.handle, f.{at}, f.{order}", order, descending),
            ("@keys", ParameterKind.TextList), ("@above", ParameterKind.Integer), ("@below", ParameterKind.Integer), ("@count", ParameterKind.Integer));
        ReadStatement KeysWith(string comparison) => Add($"keys with {name}",
            $"SELECT k.value FROM {dialect.KeyTable("@keys")} WHERE EXISTS " +
            $"(SELECT 1 FROM {table} WHERE {key} = k.value AND {order} {comparison} @operation)",
            ("@keys", ParameterKind.TextList), ("@operation", ParameterKind.Integer));
        return new EdgeStatements(
            list == EdgeList.Followings,
            [[Page("ASC", bounded: false), Page("ASC", bounded: true)], [Page("DESC", bounded: false), Page("DESC", bounded: true)]],
            [Pages(descending: false), Pages(descending: true)],
            KeysWith(">="),
            KeysWith("<="));
    }

    private ReadStatement MutualPage(string direction) => Add("mutual follows",
        $"SELECT DISTINCT f.address {MutualOfSelf} AND (@above IS NULL OR f.address > @above) " +
        $"AND (@below IS NULL OR f.address < @below) ORDER BY f.address {direction} LIMIT @count",
        ("@self", ParameterKind.Text), ("@above", ParameterKind.Text), ("@below", ParameterKind.Text), ("@count", ParameterKind.Integer));

    private ReadStatement Add(string name, string text, params (string Name, ParameterKind Kind)[] parameters)
    {
        var statement = new ReadStatement(_all.Count, name, text, parameters);
        _all.Add(statement);
        return statement;
    }
}

/// <summary>
/// The statements of one <see cref="EdgeList"/>: a key's page, the pages of many keys, and which keys have a row
/// at or above, or at or below, an operation id. <see cref="KeyIsAddress"/>: the list's key is the row's address
/// (followings), else its handle; a single key's page reads the other column only.
/// </summary>
internal sealed record EdgeStatements(
    bool KeyIsAddress,
    ReadStatement[][] Page,
    ReadStatement[] Pages,
    ReadStatement KeysAtOrAbove,
    ReadStatement KeysAtOrBelow)
{
    /// <summary>A single key's page in the window's order, with a lower bound only when the window has one.</summary>
    public ReadStatement PageOf(OperationWindow window) =>
        Page[window.Descending ? 1 : 0][window.Above == OperationWindow.NoAbove ? 0 : 1];

    public ReadStatement PagesOf(OperationWindow window) => Pages[window.Descending ? 1 : 0];
}
