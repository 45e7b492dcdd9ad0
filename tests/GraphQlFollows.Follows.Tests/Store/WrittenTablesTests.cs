using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.Writing.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphQlFollows.Follows.Tests.Store;

/// <summary>
/// The writer's descriptions of its tables (<see cref="WrittenTables"/>) against the EF Core model of each provider
/// and against each provider's migrations (their model snapshot): the same tables, primary keys, columns, types and
/// nullability. A column added to a model or a migration and not to the description, or the other way round,
/// fails here rather than in production.
/// </summary>
public sealed class WrittenTablesTests
{
    public static TheoryData<string> Models => ["sqlite model", "sqlite migrations", "postgresql model", "postgresql migrations"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_written_table_is_described_as_the_model_declares_it(string model)
    {
        using var context = DesignTimeContexts.For(model.StartsWith("sqlite", StringComparison.Ordinal) ? StorageProvider.Sqlite : StorageProvider.PostgreSql);
        var tables = RelationalModel(context, fromMigrations: model.EndsWith("migrations", StringComparison.Ordinal)).Tables
            .ToDictionary(t => t.Name);

        foreach (var described in WrittenTables.All)
        {
            Assert.True(tables.TryGetValue(described.Name, out var table), $"{model} has no table {described.Name}");
            Assert.Equal(described.Keys, table.PrimaryKey!.Columns.Select(c => c.Name));
            Assert.Equal(
                described.Columns.Select(c => $"{c.Name} {c.Type}{(c.IsNullable ? " null" : "")}").Order(),
                table.Columns.Select(c => $"{c.Name} {TypeOf(c.StoreType)}{(c.IsNullable ? " null" : "")}").Order());
        }
    }

    private static IRelationalModel RelationalModel(FollowsDbContext context, bool fromMigrations)
    {
        if (!fromMigrations)
        {
            return context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        }
        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        return context.GetService<IModelRuntimeInitializer>().Initialize(snapshot, designTime: true).GetRelationalModel();
    }

    private static ColumnType TypeOf(string storeType) => storeType.ToLowerInvariant() switch
    {
        "text" => ColumnType.Text,
        "integer" or "bigint" => ColumnType.Int64,
        "real" or "double precision" => ColumnType.Real,
        _ => throw new ArgumentOutOfRangeException(nameof(storeType), storeType, "not a type the written tables use"),
    };
}
