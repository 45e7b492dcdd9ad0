using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphQlFollows.Follows.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Blocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "blocks",
                columns: table => new
                {
                    handle = table.Column<string>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    last_ts = table.Column<long>(type: "INTEGER", nullable: false),
                    last_position = table.Column<long>(type: "INTEGER", nullable: false),
                    block_position = table.Column<long>(type: "INTEGER", nullable: true),
                    blocked_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blocks", x => new { x.handle, x.address });
                    table.ForeignKey(
                        name: "fk_blocks_profiles_handle",
                        column: x => x.handle,
                        principalTable: "profiles",
                        principalColumn: "handle",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_blocks_blocked",
                table: "blocks",
                columns: new[] { "handle", "block_position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blocks");
        }
    }
}
