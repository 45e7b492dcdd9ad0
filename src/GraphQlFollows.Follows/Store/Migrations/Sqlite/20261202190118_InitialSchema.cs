using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphQlFollows.Follows.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "addresses",
                columns: table => new
                {
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    following_count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_addresses", x => x.address);
                });

            migrationBuilder.CreateTable(
                name: "operations",
                columns: table => new
                {
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    handles = table.Column<string>(type: "TEXT", nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    signature = table.Column<string>(type: "TEXT", nullable: false),
                    signing_key = table.Column<string>(type: "TEXT", nullable: true),
                    signing_key_auth_message = table.Column<string>(type: "TEXT", nullable: true),
                    signing_key_auth_signature = table.Column<string>(type: "TEXT", nullable: true),
                    ts = table.Column<long>(type: "INTEGER", nullable: false),
                    accepted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    previous_digest = table.Column<string>(type: "TEXT", nullable: false),
                    digest = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operations", x => x.position);
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                columns: table => new
                {
                    handle = table.Column<string>(type: "TEXT", nullable: false),
                    owner = table.Column<string>(type: "TEXT", nullable: false),
                    follower_count = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profiles", x => x.handle);
                });

            migrationBuilder.CreateTable(
                name: "rate_buckets",
                columns: table => new
                {
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    tokens = table.Column<double>(type: "REAL", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rate_buckets", x => x.address);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    auth_message = table.Column<string>(type: "TEXT", nullable: false),
                    auth_signature = table.Column<string>(type: "TEXT", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked_position = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signing_keys", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "follows",
                columns: table => new
                {
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    handle = table.Column<string>(type: "TEXT", nullable: false),
                    last_ts = table.Column<long>(type: "INTEGER", nullable: false),
                    last_position = table.Column<long>(type: "INTEGER", nullable: false),
                    follow_position = table.Column<long>(type: "INTEGER", nullable: true),
                    followed_at = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "ix_follows_followers",
                table: "follows",
                columns: new[] { "handle", "follow_position" });

            migrationBuilder.CreateIndex(
                name: "ix_follows_followings",
                table: "follows",
                columns: new[] { "address", "follow_position" });

            migrationBuilder.CreateIndex(
                name: "ix_profiles_owner",
                table: "profiles",
                column: "owner");

            migrationBuilder.CreateIndex(
                name: "ix_rate_buckets_updated_at",
                table: "rate_buckets",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_signing_keys_address",
                table: "signing_keys",
                column: "address");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follows");

            migrationBuilder.DropTable(
                name: "operations");

            migrationBuilder.DropTable(
                name: "rate_buckets");

            migrationBuilder.DropTable(
                name: "signing_keys");

            migrationBuilder.DropTable(
                name: "addresses");

            migrationBuilder.DropTable(
                name: "profiles");
        }
    }
}
