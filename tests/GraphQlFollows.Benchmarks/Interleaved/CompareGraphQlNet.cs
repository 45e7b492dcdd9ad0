using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// <c>--compare-graphqlnet</c>: the engine against GraphQL.NET on the same documents, data and resolvers, measured in
/// alternation within this process (see <see cref="InterleavedRunner"/>). Options: <c>--rounds N</c> (300),
/// <c>--batch-ms M</c> (4), <c>--warmup-ms M</c> (1500), <c>--serial-queries</c> (GraphQL.NET's serial strategy for
/// queries instead of its default parallel one, which measured as fast or slightly faster here), <c>--only NAME</c>, <c>--json FILE</c> (the figures, for compare.mjs),
/// <c>--dump DIR</c> (each engine's JSON answers), <c>--strategies</c> (instead: GraphQL.NET's serial strategy against its
/// parallel one on the queries, to choose its faster configuration).
/// </summary>
internal static class CompareGraphQlNet
{
    public const string Flag = "--compare-graphqlnet";

    public static int Run(string[] args)
    {
        var settings = new RunnerSettings(
            (int)Number(args, "--rounds", 300), Number(args, "--batch-ms", 4), Number(args, "--warmup-ms", 1500));
        var only = Text(args, "--only");
        var inputs = new BenchmarkInputs();
        var engine = new EngineSide(inputs);
        if (args.Contains("--strategies"))
        {
            return CompareStrategies(inputs, settings);
        }

        var graphQlNet = new GraphQlNetSide(inputs, serialQueries: args.Contains("--serial-queries"));
        CheckAnswers(engine, graphQlNet, Text(args, "--dump"));
        if (graphQlNet.CachedDocuments != 3)
        {
            throw new InvalidOperationException($"GraphQL.NET's document cache holds {graphQlNet.CachedDocuments} documents instead of 3.");
        }

        var loadBefore = LoadAverage();
        Console.WriteLine($"load average before: {loadBefore}");
        Console.WriteLine(
            $"{settings.Rounds} rounds of alternating batches of about {settings.BatchMilliseconds} ms CPU each, " +
            $"after {settings.WarmupMilliseconds} ms of CPU time of warm-up; GraphQL.NET {GraphQlNetVersion()} with the " +
            $"{graphQlNet.StrategyName} strategy for queries; .NET {Environment.Version}");

        var report = new JsonObject();
        Console.WriteLine();
        Console.WriteLine("| benchmark | GraphQL.NET best (µs) | median | GraphQlFollows best (µs) | median | ratio of best | of medians | paired |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < BenchmarkNames.Names.Length; i++)
        {
            var name = BenchmarkNames.Names[i];
            if (only is not null && only != name)
            {
                continue;
            }

            var (net, ours, paired) = InterleavedRunner.Run(graphQlNet.Cases[i].Run, engine.Cases[i].Run, settings);
            var pairedSpeedup = 1 / paired;
            Console.WriteLine(
                $"| {name} | {Us(net.BestNs)} | {Us(net.MedianNs)} | {Us(ours.BestNs)} | {Us(ours.MedianNs)} | " +
                $"{net.BestNs / ours.BestNs:F1}x | {net.MedianNs / ours.MedianNs:F1}x | {pairedSpeedup:F1}x |");
            report[name] = new JsonObject
            {
                [graphQlNet.Name] = ToJson(net),
                [engine.Name] = ToJson(ours),
                ["pairedRatio"] = pairedSpeedup,
            };
        }

        var loadAfter = LoadAverage();
        Console.WriteLine();
        Console.WriteLine($"load average after: {loadAfter}");
        Console.WriteLine($"operations that did not complete synchronously: GraphQL.NET {graphQlNet.AsyncCompletions}, GraphQlFollows {engine.AsyncCompletions}");

        if (Text(args, "--json") is { } jsonPath)
        {
            var document = new JsonObject
            {
                ["dotnet"] = Environment.Version.ToString(),
                ["graphqlnet"] = GraphQlNetVersion(),
                ["strategy"] = graphQlNet.StrategyName,
                ["rounds"] = settings.Rounds,
                ["batchMs"] = settings.BatchMilliseconds,
                ["loadBefore"] = loadBefore,
                ["loadAfter"] = loadAfter,
                ["benchmarks"] = report,
            };
            File.WriteAllText(jsonPath, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    private static int CompareStrategies(BenchmarkInputs inputs, RunnerSettings settings)
    {
        var parallel = new GraphQlNetSide(inputs, serialQueries: false);
        var serial = new GraphQlNetSide(inputs, serialQueries: true);
        Console.WriteLine($"load average before: {LoadAverage()}");
        Console.WriteLine("| benchmark | GraphQL.NET parallel best (µs) | median | serial best (µs) | median | paired parallel ÷ serial |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var name in new[] { "ExecuteCached", "Introspection" })
        {
            var i = Array.IndexOf(BenchmarkNames.Names, name);
            var (p, s, paired) = InterleavedRunner.Run(parallel.Cases[i].Run, serial.Cases[i].Run, settings);
            Console.WriteLine($"| {name} | {Us(p.BestNs)} | {Us(p.MedianNs)} | {Us(s.BestNs)} | {Us(s.MedianNs)} | {1 / paired:F2} |");
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// Runs every case once on both engines and fails on an answer with errors. The page and the mutation must give
    /// the same bytes on both: then both engines did the same work. Introspection answers differ in the built-in
    /// types' descriptions, so only their sizes are shown.
    /// </summary>
    private static void CheckAnswers(IEngineSide engine, IEngineSide other, string? dumpDirectory)
    {
        for (var i = 0; i < BenchmarkNames.Names.Length; i++)
        {
            var name = BenchmarkNames.Names[i];
            engine.Cases[i].Run();
            other.Cases[i].Run();
            if (engine.Cases[i].Output is not { } engineOutput || other.Cases[i].Output is not { } otherOutput)
            {
                continue;
            }

            var ours = engineOutput().ToArray();
            var theirs = otherOutput().ToArray();
            foreach (var (side, bytes) in new[] { (engine.Name, ours), (other.Name, theirs) })
            {
                var answer = JsonNode.Parse(bytes)!.AsObject();
                if (answer.ContainsKey("errors") || !answer.ContainsKey("data"))
                {
                    throw new InvalidOperationException($"{side} answered {name} with errors: {Encoding.UTF8.GetString(bytes)}");
                }

                if (dumpDirectory is not null)
                {
                    Directory.CreateDirectory(dumpDirectory);
                    File.WriteAllBytes(Path.Combine(dumpDirectory, $"{name}.{side}.json"), bytes);
                }
            }

            var same = ours.AsSpan().SequenceEqual(theirs);
            Console.WriteLine($"{name}: {engine.Name} {ours.Length} bytes, {other.Name} {theirs.Length} bytes, {(same ? "identical" : "different")}");
            if (!same && name != "Introspection")
            {
                throw new InvalidOperationException($"{name}: the engines' answers differ; the comparison would not be of the same work.");
            }
        }
    }

    private static JsonObject ToJson(Measurement measurement) => new()
    {
        ["bestNs"] = measurement.BestNs,
        ["medianNs"] = measurement.MedianNs,
        ["batchSize"] = measurement.BatchSize,
    };

    private static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("F1", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static string GraphQlNetVersion() =>
        typeof(global::GraphQL.DocumentExecuter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(global::GraphQL.DocumentExecuter).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Number(string[] args, string name, double fallback) =>
        Text(args, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
