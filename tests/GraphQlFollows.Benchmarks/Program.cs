using BenchmarkDotNet.Running;
using GraphQlFollows.Benchmarks.Interleaved;
using GraphQlFollows.Benchmarks.Seeding;

// --compare-graphqlnet measures the engine against GraphQL.NET in one process; --seed-search-graph builds the
// profile-search benchmark's graph through a server; anything else goes to BenchmarkDotNet.
if (args.Contains(CompareGraphQlNet.Flag))
{
    return CompareGraphQlNet.Run(args);
}

if (args is [SearchGraphSeeder.Flag, ..])
{
    return await SearchGraphSeeder.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
