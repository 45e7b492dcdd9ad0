using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphQlFollows.Follows.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "revoked_position",
                table: "signing_keys",
                newName: "revoked_operation");

            migrationBuilder.RenameColumn(
                name: "position",
                table: "profiles",
                newName: "created_operation");

            migrationBuilder.RenameColumn(
                name: "last_position",
                table: "follows",
                newName: "last_operation");

            migrationBuilder.RenameColumn(
                name: "follow_position",
                table: "follows",
                newName: "follow_operation");

            migrationBuilder.RenameColumn(
                name: "last_position",
                table: "blocks",
                newName: "last_operation");

            migrationBuilder.RenameColumn(
                name: "block_position",
                table: "blocks",
                newName: "block_operation");

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "operations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Each raw statement ends with its semicolon: the script of every migration (Migrations.sql) runs as one command.
            // Operations logged so far were decided with the head known: their ids are their positions.
            migrationBuilder.Sql("UPDATE operations SET id = position;");

            migrationBuilder.CreateIndex(
                name: "ux_operations_id",
                table: "operations",
                column: "id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_operations_id",
                table: "operations");

            migrationBuilder.DropColumn(
                name: "id",
                table: "operations");

            migrationBuilder.RenameColumn(
                name: "revoked_operation",
                table: "signing_keys",
                newName: "revoked_position");

            migrationBuilder.RenameColumn(
                name: "created_operation",
                table: "profiles",
                newName: "position");

            migrationBuilder.RenameColumn(
                name: "last_operation",
                table: "follows",
                newName: "last_position");

            migrationBuilder.RenameColumn(
                name: "follow_operation",
                table: "follows",
                newName: "follow_position");

            migrationBuilder.RenameColumn(
                name: "last_operation",
                table: "blocks",
                newName: "last_position");

            migrationBuilder.RenameColumn(
                name: "block_operation",
                table: "blocks",
                newName: "block_position");
        }
    }
}
