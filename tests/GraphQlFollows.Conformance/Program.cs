using System.Text;
using GraphQlFollows.Conformance;

// Runs conformance cases through the engine, with the protocol of tests/conformance/graphql-js-runner.mjs:
// one JSON case per line on stdin, one JSON line per case on stdout.
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
await using var output = Console.OpenStandardOutput();
while (await input.ReadLineAsync() is { } line)
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    output.Write(await CaseRunner.RunAsync(line));
    output.WriteByte((byte)'\n');
}
