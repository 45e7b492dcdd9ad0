using BenchmarkDotNet.Running;
using GraphQlFollows.Benchmarks.Interleaved;

// --compare-graphqlnet measures the engine against GraphQL.NET in one process; anything else goes to BenchmarkDotNet.
if (args.Contains(CompareGraphQlNet.Flag))
{
    return CompareGraphQlNet.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
