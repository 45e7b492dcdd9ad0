using GraphQlFollows.Follows.Graph.Messages;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The follow graph's tables, the same on every provider. EF Core ties a set of migrations to one context type, so
/// each provider has a context type of its own (<see cref="SqliteFollowsDbContext"/>,
/// <see cref="PostgresFollowsDbContext"/>) whose migrations <c>dotnet ef</c> generates with that provider's column
/// types; the factories of <see cref="FollowsStore"/> hand those out as this type. The names of tables, columns,
/// keys and indexes are set here because the writer's descriptions of its tables (<see cref="Writing.Tables.WrittenTables"/>) use them.
/// </summary>
public class FollowsDbContext : DbContext
{
    /// <summary>A context without migrations of its own, for reading a database that is already migrated.</summary>
    public FollowsDbContext(DbContextOptions<FollowsDbContext> options)
        : base(options)
    {
    }

    protected FollowsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<SigningKeyRecord> SigningKeys => Set<SigningKeyRecord>();
    public DbSet<ProfileRecord> Profiles => Set<ProfileRecord>();
    public DbSet<AddressRecord> Addresses => Set<AddressRecord>();
    public DbSet<FollowRecord> Follows => Set<FollowRecord>();
    public DbSet<OperationRecord> Operations => Set<OperationRecord>();
    public DbSet<RateBucketRecord> RateBuckets => Set<RateBucketRecord>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<WebhookRecord> Webhooks => Set<WebhookRecord>();
    public DbSet<BlockRecord> Blocks => Set<BlockRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SigningKeyRecord>(key =>
        {
            key.ToTable("signing_keys");
            key.HasKey(k => k.Key).HasName("pk_signing_keys");
            key.Property(k => k.Key).HasColumnName("key");
            key.Property(k => k.Address).HasColumnName("address");
            key.Property(k => k.AuthMessage).HasColumnName("auth_message");
            key.Property(k => k.AuthSignature).HasColumnName("auth_signature");
            key.Property(k => k.RegisteredAt).HasColumnName("registered_at");
            key.Property(k => k.RevokedAt).HasColumnName("revoked_at");
            key.Property(k => k.RevokedOperation).HasColumnName("revoked_operation");
            key.HasIndex(k => k.Address).HasDatabaseName("ix_signing_keys_address");
        });

        modelBuilder.Entity<ProfileRecord>(profile =>
        {
            profile.ToTable("profiles");
            profile.HasKey(p => p.Handle).HasName("pk_profiles");
            profile.Property(p => p.Handle).HasColumnName("handle");
            profile.Property(p => p.Owner).HasColumnName("owner");
            profile.Property(p => p.FollowerCount).HasColumnName("follower_count");
            profile.Property(p => p.CreatedAt).HasColumnName("created_at");
            profile.Property(p => p.CreatedOperation).HasColumnName("created_operation");
            profile.HasIndex(p => p.Owner).HasDatabaseName("ix_profiles_owner");
            // Profile search: follower-count comparisons, and lists by follower count (most followed first, ties by
            // handle; read backwards for the least followed first).
            profile.HasIndex(p => new { p.FollowerCount, p.Handle }).IsDescending(true, false)
                .HasDatabaseName("ix_profiles_follower_count");
        });

        modelBuilder.Entity<AddressRecord>(address =>
        {
            address.ToTable("addresses");
            address.HasKey(a => a.Address).HasName("pk_addresses");
            address.Property(a => a.Address).HasColumnName("address");
            address.Property(a => a.FollowingCount).HasColumnName("following_count");
        });

        modelBuilder.Entity<FollowRecord>(follow =>
        {
            follow.ToTable("follows");
            follow.HasKey(f => new { f.Address, f.Handle }).HasName("pk_follows");
            follow.Property(f => f.Address).HasColumnName("address");
            follow.Property(f => f.Handle).HasColumnName("handle");
            follow.Property(f => f.LastTs).HasColumnName("last_ts");
            follow.Property(f => f.LastOperation).HasColumnName("last_operation");
            follow.Property(f => f.FollowOperation).HasColumnName("follow_operation");
            follow.Property(f => f.FollowedAt).HasColumnName("followed_at");
            follow.Ignore(f => f.IsFollowing);
            follow.HasOne<ProfileRecord>().WithMany().HasForeignKey(f => f.Handle)
                .HasConstraintName("fk_follows_profiles_handle").OnDelete(DeleteBehavior.Restrict);
            follow.HasOne<AddressRecord>().WithMany().HasForeignKey(f => f.Address)
                .HasConstraintName("fk_follows_addresses_address").OnDelete(DeleteBehavior.Restrict);
            // Keyset pagination: followers of a profile and followings of an address in follow order.
            // Rows that are not following have a null follow_operation and fall outside every range.
            follow.HasIndex(f => new { f.Handle, f.FollowOperation }).HasDatabaseName("ix_follows_followers");
            follow.HasIndex(f => new { f.Address, f.FollowOperation }).HasDatabaseName("ix_follows_followings");
        });

        modelBuilder.Entity<BlockRecord>(block =>
        {
            block.ToTable("blocks");
            block.HasKey(b => new { b.Handle, b.Address }).HasName("pk_blocks");
            block.Property(b => b.Handle).HasColumnName("handle");
            block.Property(b => b.Address).HasColumnName("address");
            block.Property(b => b.LastTs).HasColumnName("last_ts");
            block.Property(b => b.LastOperation).HasColumnName("last_operation");
            block.Property(b => b.BlockOperation).HasColumnName("block_operation");
            block.Property(b => b.BlockedAt).HasColumnName("blocked_at");
            block.Ignore(b => b.IsBlocked);
            block.HasOne<ProfileRecord>().WithMany().HasForeignKey(b => b.Handle)
                .HasConstraintName("fk_blocks_profiles_handle").OnDelete(DeleteBehavior.Restrict);
            // Keyset pagination of a profile's blocked addresses in block order; unblocked rows have a null
            // block_operation and fall outside every range.
            block.HasIndex(b => new { b.Handle, b.BlockOperation }).HasDatabaseName("ix_blocks_blocked");
        });

        modelBuilder.Entity<OperationRecord>(operation =>
        {
            operation.ToTable("operations");
            operation.HasKey(o => o.Position).HasName("pk_operations");
            operation.Property(o => o.Position).HasColumnName("position").ValueGeneratedNever();
            operation.Property(o => o.Id).HasColumnName("id");
            // The rows refer to operations by id (a follow's proof, a retry's message).
            operation.HasIndex(o => o.Id).IsUnique().HasDatabaseName("ux_operations_id");
            operation.Property(o => o.Kind).HasColumnName("kind");
            operation.Property(o => o.Address).HasColumnName("address");
            operation.Property(o => o.Handles).HasColumnName("handles");
            operation.Property(o => o.Content).HasColumnName("content");
            operation.Property(o => o.Signature).HasColumnName("signature");
            operation.Property(o => o.SigningKey).HasColumnName("signing_key");
            operation.Property(o => o.SigningKeyAuthMessage).HasColumnName("signing_key_auth_message");
            operation.Property(o => o.SigningKeyAuthSignature).HasColumnName("signing_key_auth_signature");
            operation.Property(o => o.Ts).HasColumnName("ts");
            operation.Property(o => o.AcceptedAt).HasColumnName("accepted_at");
            operation.Property(o => o.PreviousDigest).HasColumnName("previous_digest");
            operation.Property(o => o.Digest).HasColumnName("digest");
        });

        modelBuilder.Entity<RateBucketRecord>(bucket =>
        {
            bucket.ToTable("rate_buckets");
            bucket.HasKey(b => b.Address).HasName("pk_rate_buckets");
            bucket.Property(b => b.Address).HasColumnName("address");
            bucket.Property(b => b.Tokens).HasColumnName("tokens");
            bucket.Property(b => b.UpdatedAt).HasColumnName("updated_at");
            // Pruning drops the buckets idle for a whole window.
            bucket.HasIndex(b => b.UpdatedAt).HasDatabaseName("ix_rate_buckets_updated_at");
        });

        ApplicationTables.Configure(modelBuilder);
    }
}
