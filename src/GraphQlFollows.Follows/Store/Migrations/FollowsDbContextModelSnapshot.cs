using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphQlFollows.Follows.Store.Migrations;

/// <summary>
/// The model as of the latest migration, maintained by hand: EF Core compares it with
/// <see cref="FollowsDbContext"/> at start-up and refuses to migrate when they differ. Update it together
/// with every new migration.
/// </summary>
[DbContext(typeof(FollowsDbContext))]
public sealed class FollowsDbContextModelSnapshot : ModelSnapshot
{
    private const string Records = "GraphQlFollows.Follows.Store.";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Records + nameof(SigningKeyRecord), b =>
        {
            b.Property<string>("Key").HasColumnName("key");
            b.Property<string>("Address").IsRequired().HasColumnName("address");
            b.Property<string>("AuthMessage").IsRequired().HasColumnName("auth_message");
            b.Property<string>("AuthSignature").IsRequired().HasColumnName("auth_signature");
            b.Property<long>("RegisteredAt").HasColumnName("registered_at");
            b.Property<long?>("RevokedAt").HasColumnName("revoked_at");
            b.Property<long?>("RevokedPosition").HasColumnName("revoked_position");
            b.HasKey("Key").HasName("pk_signing_keys");
            b.HasIndex("Address").HasDatabaseName("ix_signing_keys_address");
            b.ToTable("signing_keys");
        });

        modelBuilder.Entity(Records + nameof(ProfileRecord), b =>
        {
            b.Property<string>("Handle").HasColumnName("handle");
            b.Property<string>("Owner").IsRequired().HasColumnName("owner");
            b.Property<long>("FollowerCount").HasColumnName("follower_count");
            b.Property<long>("CreatedAt").HasColumnName("created_at");
            b.Property<long>("Position").HasColumnName("position");
            b.HasKey("Handle").HasName("pk_profiles");
            b.HasIndex("Owner").HasDatabaseName("ix_profiles_owner");
            b.ToTable("profiles");
        });

        modelBuilder.Entity(Records + nameof(AddressRecord), b =>
        {
            b.Property<string>("Address").HasColumnName("address");
            b.Property<long>("FollowingCount").HasColumnName("following_count");
            b.HasKey("Address").HasName("pk_addresses");
            b.ToTable("addresses");
        });

        modelBuilder.Entity(Records + nameof(FollowRecord), b =>
        {
            b.Property<string>("Address").HasColumnName("address");
            b.Property<string>("Handle").HasColumnName("handle");
            b.Property<long>("LastTs").HasColumnName("last_ts");
            b.Property<long>("LastPosition").HasColumnName("last_position");
            b.Property<long?>("FollowPosition").HasColumnName("follow_position");
            b.Property<long?>("FollowedAt").HasColumnName("followed_at");
            b.HasKey("Address", "Handle").HasName("pk_follows");
            b.HasIndex("Address", "FollowPosition").HasDatabaseName("ix_follows_followings");
            b.HasIndex("Handle", "FollowPosition").HasDatabaseName("ix_follows_followers");
            b.ToTable("follows");
        });

        modelBuilder.Entity(Records + nameof(OperationRecord), b =>
        {
            b.Property<long>("Position").ValueGeneratedNever().HasColumnName("position");
            b.Property<string>("Kind").IsRequired().HasColumnName("kind");
            b.Property<string>("Address").IsRequired().HasColumnName("address");
            b.Property<string>("Handles").IsRequired().HasColumnName("handles");
            b.Property<string>("Content").IsRequired().HasColumnName("content");
            b.Property<string>("Signature").IsRequired().HasColumnName("signature");
            b.Property<string?>("SigningKey").HasColumnName("signing_key");
            b.Property<string?>("SigningKeyAuthMessage").HasColumnName("signing_key_auth_message");
            b.Property<string?>("SigningKeyAuthSignature").HasColumnName("signing_key_auth_signature");
            b.Property<long>("Ts").HasColumnName("ts");
            b.Property<long>("AcceptedAt").HasColumnName("accepted_at");
            b.Property<string>("PreviousDigest").IsRequired().HasColumnName("previous_digest");
            b.Property<string>("Digest").IsRequired().HasColumnName("digest");
            b.HasKey("Position").HasName("pk_operations");
            b.ToTable("operations");
        });

        modelBuilder.Entity(Records + nameof(RateBucketRecord), b =>
        {
            b.Property<string>("Address").HasColumnName("address");
            b.Property<double>("Tokens").HasColumnName("tokens");
            b.Property<long>("UpdatedAt").HasColumnName("updated_at");
            b.HasKey("Address").HasName("pk_rate_buckets");
            b.HasIndex("UpdatedAt").HasDatabaseName("ix_rate_buckets_updated_at");
            b.ToTable("rate_buckets");
        });

        modelBuilder.Entity(Records + nameof(FollowRecord), b =>
        {
            b.HasOne(Records + nameof(AddressRecord), null).WithMany().HasForeignKey("Address")
                .OnDelete(DeleteBehavior.Restrict).IsRequired().HasConstraintName("fk_follows_addresses_address");
            b.HasOne(Records + nameof(ProfileRecord), null).WithMany().HasForeignKey("Handle")
                .OnDelete(DeleteBehavior.Restrict).IsRequired().HasConstraintName("fk_follows_profiles_handle");
        });
    }
}
