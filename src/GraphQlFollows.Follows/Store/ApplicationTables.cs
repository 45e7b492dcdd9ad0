using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Store;

/// <summary>The tables of the applications that use the graph: their API keys and their webhooks.</summary>
internal static class ApplicationTables
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("api_keys");
            key.HasKey(k => k.Id).HasName("pk_api_keys");
            key.Property(k => k.Id).HasColumnName("id");
            key.Property(k => k.Name).HasColumnName("name");
            key.Property(k => k.KeyHash).HasColumnName("key_hash");
            key.Property(k => k.RequestsPerMinute).HasColumnName("requests_per_minute");
            key.Property(k => k.CreatedAt).HasColumnName("created_at");
            key.Property(k => k.RevokedAt).HasColumnName("revoked_at");
            key.HasIndex(k => k.Name).IsUnique().HasDatabaseName("ux_api_keys_name");
            key.HasIndex(k => k.KeyHash).IsUnique().HasDatabaseName("ux_api_keys_key_hash");
        });

        modelBuilder.Entity<WebhookRecord>(webhook =>
        {
            webhook.ToTable("webhooks");
            webhook.HasKey(w => w.Id).HasName("pk_webhooks");
            webhook.Property(w => w.Id).HasColumnName("id");
            webhook.Property(w => w.Name).HasColumnName("name");
            webhook.Property(w => w.Url).HasColumnName("url");
            webhook.Property(w => w.Secret).HasColumnName("secret");
            webhook.Property(w => w.Handle).HasColumnName("handle");
            webhook.Property(w => w.Address).HasColumnName("address");
            webhook.Property(w => w.Position).HasColumnName("position");
            webhook.Property(w => w.CreatedAt).HasColumnName("created_at");
            webhook.HasIndex(w => w.Name).IsUnique().HasDatabaseName("ux_webhooks_name");
        });
    }
}
