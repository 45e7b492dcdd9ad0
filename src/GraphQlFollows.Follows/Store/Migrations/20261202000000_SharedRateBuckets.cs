using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphQlFollows.Follows.Store.Migrations;

/// <summary>The per-address rate buckets move from each process's memory into the database, shared by every instance.</summary>
[DbContext(typeof(FollowsDbContext))]
[Migration("20261202000000_SharedRateBuckets")]
public sealed class SharedRateBuckets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "rate_buckets",
            columns: table => new
            {
                address = table.Column<string>(nullable: false),
                tokens = table.Column<double>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_rate_buckets", x => x.address));
        migrationBuilder.CreateIndex(name: "ix_rate_buckets_updated_at", table: "rate_buckets", column: "updated_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "rate_buckets");
}
