using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphQlFollows.Follows.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProfileSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_profiles_follower_count",
                table: "profiles",
                columns: new[] { "follower_count", "handle" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_profiles_follower_count",
                table: "profiles");
        }
    }
}
