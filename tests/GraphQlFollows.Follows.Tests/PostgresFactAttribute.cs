namespace GraphQlFollows.Follows.Tests;

/// <summary>
/// A test that needs a PostgreSQL server: it runs when <see cref="ServerVariable"/> holds a connection string
/// to one (a user allowed to create databases), and is reported skipped otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string ServerVariable = "FOLLOWS_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ServerVariable)))
        {
            Skip = $"Set {ServerVariable} to a PostgreSQL connection string to run the PostgreSQL tests.";
        }
    }
}
