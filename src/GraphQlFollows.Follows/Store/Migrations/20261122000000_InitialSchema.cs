using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphQlFollows.Follows.Store.Migrations;

/// <summary>
/// The first schema. Column types are left to the provider (TEXT/INTEGER on SQLite, text/bigint/boolean on
/// PostgreSQL) so the same migration runs on both.
/// </summary>
[DbContext(typeof(FollowsDbContext))]
[Migration("20261122000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "signing_keys",
            columns: table => new
            {
                key = table.Column<string>(nullable: false),
                address = table.Column<string>(nullable: false),
                auth_message = table.Column<string>(nullable: false),
                auth_signature = table.Column<string>(nullable: false),
                registered_at = table.Column<long>(nullable: false),
                revoked_at = table.Column<long>(nullable: true),
                revoked_position = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_signing_keys", x => x.key));

        migrationBuilder.CreateTable(
            name: "profiles",
            columns: table => new
            {
                handle = table.Column<string>(nullable: false),
                owner = table.Column<string>(nullable: false),
                follower_count = table.Column<long>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                position = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_profiles", x => x.handle));

        migrationBuilder.CreateTable(
            name: "addresses",
            columns: table => new
            {
                address = table.Column<string>(nullable: false),
                following_count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_addresses", x => x.address));

        migrationBuilder.CreateTable(
            name: "follows",
            columns: table => new
            {
                address = table.Column<string>(nullable: false),
                handle = table.Column<string>(nullable: false),
                last_ts = table.Column<long>(nullable: false),
                last_position = table.Column<long>(nullable: false),
                follow_position = table.Column<long>(nullable: true),
                followed_at = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_follows", x => new { x.address, x.handle });
                table.ForeignKey(
                    name: "fk_follows_addresses_address",
                    column: x => x.address,
                    principalTable: "addresses",
                    principalColumn: "address",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_follows_profiles_handle",
                    column: x => x.handle,
                    principalTable: "profiles",
                    principalColumn: "handle",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "operations",
            columns: table => new
            {
                position = table.Column<long>(nullable: false),
                kind = table.Column<string>(nullable: false),
                address = table.Column<string>(nullable: false),
                handles = table.Column<string>(nullable: false),
                content = table.Column<string>(nullable: false),
                signature = table.Column<string>(nullable: false),
                signing_key = table.Column<string>(nullable: true),
                signing_key_auth_message = table.Column<string>(nullable: true),
                signing_key_auth_signature = table.Column<string>(nullable: true),
                ts = table.Column<long>(nullable: false),
                accepted_at = table.Column<long>(nullable: false),
                previous_digest = table.Column<string>(nullable: false),
                digest = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_operations", x => x.position));

        migrationBuilder.CreateIndex(name: "ix_signing_keys_address", table: "signing_keys", column: "address");
        migrationBuilder.CreateIndex(name: "ix_profiles_owner", table: "profiles", column: "owner");
        migrationBuilder.CreateIndex(name: "ix_follows_followers", table: "follows", columns: ["handle", "follow_position"]);
        migrationBuilder.CreateIndex(name: "ix_follows_followings", table: "follows", columns: ["address", "follow_position"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "follows");
        migrationBuilder.DropTable(name: "operations");
        migrationBuilder.DropTable(name: "addresses");
        migrationBuilder.DropTable(name: "profiles");
        migrationBuilder.DropTable(name: "signing_keys");
    }
}
