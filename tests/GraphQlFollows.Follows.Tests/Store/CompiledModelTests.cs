using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Store.CompiledModels.Postgres;
using GraphQlFollows.Follows.Store.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphQlFollows.Follows.Tests.Store;

/// <summary>
/// The providers' contexts run on compiled models (<c>Store/CompiledModels</c>, made by <c>dotnet ef dbcontext
/// optimize</c>) instead of building their model at start-up; a compiled model left behind by a change to
/// <see cref="FollowsDbContext"/> (a column, an index, a table) fails here rather than in production.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Each_providers_compiled_model_is_the_model_its_context_builds(StorageProvider provider)
    {
        using var context = DesignTimeContexts.For(provider);
        var compiled = provider == StorageProvider.Sqlite ? SqliteFollowsDbContextModel.Instance : PostgresFollowsDbContextModel.Instance;
        var built = context.GetService<IDesignTimeModel>().Model;
        var folder = provider == StorageProvider.Sqlite ? "Sqlite" : "Postgres";
        var again = $"write it again: dotnet ef dbcontext optimize --project src/GraphQlFollows.Follows --context {context.GetType().Name} " +
            $"--output-dir Store/CompiledModels/{folder} --namespace GraphQlFollows.Follows.Store.CompiledModels.{folder}";

        Assert.Same(compiled, context.Model);
        var expected = Mapping(built);
        var actual = Mapping(compiled);
        Assert.True(expected.SequenceEqual(actual),
            $"Store/CompiledModels/{folder} is not the model of FollowsDbContext (the model has: {string.Join("; ", expected.Except(actual))}; " +
            $"the compiled model has: {string.Join("; ", actual.Except(expected))}); {again}");
    }

    // What the compiled model keeps of each table: its name, every property with its column, type and nullability,
    // the keys, indexes and foreign keys with their names.
    private static string[] Mapping(IReadOnlyModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(entity => new[] { $"{entity.Name} table {entity.GetTableName()}" }
            .Concat(entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name} {p.ClrType} column {p.GetColumnName()} {(p.IsNullable ? "null" : "not null")}"))
            .Concat(entity.GetKeys().Select(k => $"{entity.Name} key {k.GetName()} ({Names(k.Properties)})"))
            .Concat(entity.GetIndexes().Select(i =>
                $"{entity.Name} index {i.GetDatabaseName()} ({Names(i.Properties)}){(i.IsUnique ? " unique" : "")}"))
            .Concat(entity.GetForeignKeys().Select(f =>
                $"{entity.Name} foreign key {f.GetConstraintName()} ({Names(f.Properties)}) to {f.PrincipalEntityType.Name} on delete {f.DeleteBehavior}")))
            .Order(StringComparer.Ordinal),
    ];

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(", ", properties.Select(p => p.Name));
}
