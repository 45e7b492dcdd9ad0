using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Store.Writing.Tables;

/// <summary>
/// The tables the writer reads and writes, each described once (see <see cref="Table{TRow}"/>), with how each
/// domain state maps to its columns. The EF Core model (<see cref="FollowsDbContext"/>) and the migrations declare the
/// same tables for both providers; <c>WrittenTablesTests</c> fails when they and these descriptions disagree.
/// </summary>
internal static class WrittenTables
{
    public static class SigningKeys
    {
        public static readonly TextColumn<KeyState> Key = new("key", k => k.Key);
        public static readonly TextColumn<KeyState> Address = new("address", k => k.Address);
        public static readonly TextColumn<KeyState> AuthMessage = new("auth_message", k => k.AuthMessage);
        public static readonly TextColumn<KeyState> AuthSignature = new("auth_signature", k => k.AuthSignature);
        public static readonly Int64Column<KeyState> RegisteredAt = new("registered_at", k => k.RegisteredAt);
        public static readonly Int64Column<KeyState> RevokedAt = new("revoked_at", k => k.RevokedAt, isNullable: true);
        public static readonly Int64Column<KeyState> RevokedOperation = new("revoked_operation", k => k.RevokedOperation, isNullable: true);

        // A key's registration never changes once written; only its revocation does.
        public static readonly Table<KeyState> Table = new(
            "signing_keys", [Key], [Address, AuthMessage, AuthSignature, RegisteredAt, RevokedAt, RevokedOperation],
            r => new KeyState(Key.Read(r), Address.Read(r), AuthMessage.Read(r), AuthSignature.Read(r), RegisteredAt.Read(r),
                RevokedAt.ReadNullable(r), RevokedOperation.ReadNullable(r)),
            TableWrites.Upsert, insertOnly: new HashSet<string> { "address", "auth_message", "auth_signature", "registered_at" });
    }

    public static class Profiles
    {
        public static readonly TextColumn<ProfileState> Handle = new("handle", p => p.Handle);
        public static readonly TextColumn<ProfileState> Owner = new("owner", p => p.Owner);
        public static readonly Int64Column<ProfileState> FollowerCount = new("follower_count", p => p.FollowerCount);
        public static readonly Int64Column<ProfileState> CreatedAt = new("created_at", p => p.CreatedAt);
        public static readonly Int64Column<ProfileState> CreatedOperation = new("created_operation", p => p.CreatedOperation);

        public static readonly Table<ProfileState> Table = new(
            "profiles", [Handle], [Owner, FollowerCount, CreatedAt, CreatedOperation],
            r => new ProfileState(Handle.Read(r), Owner.Read(r), FollowerCount.Read(r), CreatedAt.Read(r), CreatedOperation.Read(r)),
            TableWrites.Insert);

        public static readonly CounterColumn FollowerCounts = new("profiles", "handle", "follower_count", AddsRows: false);
    }

    /// <summary>An address's row holds its following count only, and is added by its first follow.</summary>
    public static class Addresses
    {
        public static readonly TextColumn<KeyValuePair<string, long>> Address = new("address", a => a.Key);
        public static readonly Int64Column<KeyValuePair<string, long>> FollowingCount = new("following_count", a => a.Value);

        public static readonly Table<KeyValuePair<string, long>> Table = new(
            "addresses", [Address], [FollowingCount], r => new(Address.Read(r), FollowingCount.Read(r)), TableWrites.Upsert);

        public static readonly CounterColumn FollowingCounts = new("addresses", "address", "following_count", AddsRows: true);
    }

    public static class Pairs
    {
        public static readonly TextColumn<PairState> Address = new("address", f => f.Address);
        public static readonly TextColumn<PairState> Handle = new("handle", f => f.Handle);
        public static readonly Int64Column<PairState> LastTs = new("last_ts", f => f.LastTs);
        public static readonly Int64Column<PairState> LastOperation = new("last_operation", f => f.LastOperation);
        public static readonly Int64Column<PairState> FollowOperation = new("follow_operation", f => f.FollowOperation, isNullable: true);
        public static readonly Int64Column<PairState> FollowedAt = new("followed_at", f => f.FollowedAt, isNullable: true);

        public static readonly Table<PairState> Table = new(
            "follows", [Address, Handle], [LastTs, LastOperation, FollowOperation, FollowedAt],
            r => new PairState(Address.Read(r), Handle.Read(r), LastTs.Read(r), LastOperation.Read(r),
                FollowOperation.ReadNullable(r), FollowedAt.ReadNullable(r)),
            TableWrites.Upsert);
    }

    public static class Blocks
    {
        public static readonly TextColumn<BlockState> Handle = new("handle", b => b.Handle);
        public static readonly TextColumn<BlockState> Address = new("address", b => b.Address);
        public static readonly Int64Column<BlockState> LastTs = new("last_ts", b => b.LastTs);
        public static readonly Int64Column<BlockState> LastOperation = new("last_operation", b => b.LastOperation);
        public static readonly Int64Column<BlockState> BlockOperation = new("block_operation", b => b.BlockOperation, isNullable: true);
        public static readonly Int64Column<BlockState> BlockedAt = new("blocked_at", b => b.BlockedAt, isNullable: true);

        public static readonly Table<BlockState> Table = new(
            "blocks", [Handle, Address], [LastTs, LastOperation, BlockOperation, BlockedAt],
            r => new BlockState(Handle.Read(r), Address.Read(r), LastTs.Read(r), LastOperation.Read(r),
                BlockOperation.ReadNullable(r), BlockedAt.ReadNullable(r)),
            TableWrites.Upsert);
    }

    public static class RateBuckets
    {
        public static readonly TextColumn<RateBucket> Address = new("address", b => b.Address);
        public static readonly RealColumn<RateBucket> Tokens = new("tokens", b => b.Tokens);
        public static readonly Int64Column<RateBucket> UpdatedAt = new("updated_at", b => b.UpdatedAt);

        public static readonly Table<RateBucket> Table = new(
            "rate_buckets", [Address], [Tokens, UpdatedAt],
            r => new RateBucket(Address.Read(r), Tokens.Read(r), UpdatedAt.Read(r)),
            TableWrites.Upsert);
    }

    public static class Operations
    {
        public static readonly Int64Column<Operation> Position = new("position", o => o.Position);
        public static readonly Int64Column<Operation> Id = new("id", o => o.Id);
        public static readonly TextColumn<Operation> Kind = new("kind", o => o.Kind);
        public static readonly TextColumn<Operation> Address = new("address", o => o.Address);
        public static readonly TextColumn<Operation> Handles = new("handles", o => o.Handles);
        public static readonly TextColumn<Operation> Content = new("content", o => o.Content);
        public static readonly TextColumn<Operation> Signature = new("signature", o => o.Signature);
        public static readonly TextColumn<Operation> SigningKey = new("signing_key", o => o.SigningKey, isNullable: true);
        public static readonly TextColumn<Operation> AuthMessage = new("signing_key_auth_message", o => o.SigningKeyAuthMessage, isNullable: true);
        public static readonly TextColumn<Operation> AuthSignature = new("signing_key_auth_signature", o => o.SigningKeyAuthSignature, isNullable: true);
        public static readonly Int64Column<Operation> Ts = new("ts", o => o.Ts);
        public static readonly Int64Column<Operation> AcceptedAt = new("accepted_at", o => o.AcceptedAt);
        public static readonly TextColumn<Operation> PreviousDigest = new("previous_digest", o => o.PreviousDigest);
        public static readonly TextColumn<Operation> Digest = new("digest", o => o.Digest);

        public static readonly Table<Operation> Table = new(
            "operations", [Position],
            [Id, Kind, Address, Handles, Content, Signature, SigningKey, AuthMessage, AuthSignature, Ts, AcceptedAt, PreviousDigest, Digest],
            r => new Operation(Position.Read(r), Id.Read(r), Kind.Read(r), Address.Read(r), Handles.Read(r), Content.Read(r), Signature.Read(r),
                SigningKey.ReadNullable(r), AuthMessage.ReadNullable(r), AuthSignature.ReadNullable(r), Ts.Read(r), AcceptedAt.Read(r),
                PreviousDigest.Read(r), Digest.Read(r)),
            TableWrites.Insert);
    }

    /// <summary>The shape of every written table, for the checks against the EF Core model.</summary>
    public static IReadOnlyList<TableShape> All { get; } =
    [
        Shape(SigningKeys.Table), Shape(Profiles.Table), Shape(Addresses.Table), Shape(Pairs.Table), Shape(Blocks.Table),
        Shape(RateBuckets.Table), Shape(Operations.Table),
    ];

    private static TableShape Shape<TRow>(Table<TRow> table) =>
        new(table.Name, [.. table.Keys.Select(c => c.Name)], [.. table.Columns.Select(c => new ColumnShape(c.Name, c.Type, c.IsNullable))]);
}

/// <summary>A described table's name, primary key and columns, without the mapping of its rows.</summary>
internal sealed record TableShape(string Name, IReadOnlyList<string> Keys, IReadOnlyList<ColumnShape> Columns);

internal sealed record ColumnShape(string Name, ColumnType Type, bool IsNullable);
