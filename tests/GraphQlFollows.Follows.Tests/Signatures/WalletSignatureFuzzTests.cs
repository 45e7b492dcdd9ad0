using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Tests.Shared;
using Xunit.Abstractions;

namespace GraphQlFollows.Follows.Tests.Signatures;

/// <summary>
/// Thousands of mutated wallet signatures, messages and addresses: none may throw, none may verify unless the
/// change keeps the signature, and the originals still verify. The seed is printed; <c>WALLET_FUZZ_SEED</c>
/// repeats a run.
/// </summary>
public class WalletSignatureFuzzTests(ITestOutputHelper output)
{
    private const int Originals = 6;
    private const int Mutations = 12_000;

    [Fact]
    public void No_mutation_throws_or_verifies_unless_it_keeps_the_signature()
    {
        var seed = TestSeed.Choose(output, "WALLET_FUZZ_SEED");
        var random = new Random(seed);
        var originals = Enumerable.Range(0, Originals).Select(_ => SignedMessage.Create(random)).ToArray();
        var mutator = new SignatureMutator(random);

        var failures = new List<string>();
        var verified = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var original = originals[random.Next(originals.Length)];
            var mutated = mutator.Mutate(original);
            var failure = Judge(mutated, original.Signer);
            if (failure is not null)
            {
                failures.Add($"#{i} {mutated.Change}: {failure}");
            }
            else if (mutated.MustVerify)
            {
                verified++;
            }
        }

        output.WriteLine($"{Mutations} mutations of {Originals} signed messages, {verified} that keep the signature verified");
        output.WriteLine(string.Join(", ", mutator.Counts.OrderBy(count => count.Key).Select(count => $"{count.Key}: {count.Value}")));
        Assert.All(originals, original => Assert.True(WalletSignature.Verify(original.Message, original.Signature, original.Signer)));
        Assert.True(failures.Count == 0, $"seed {seed}, {failures.Count} failures:\n{string.Join('\n', failures.Take(20))}");
    }

    /// <summary>What went wrong with <paramref name="mutated"/>, or null when the verdicts are the expected ones.</summary>
    private static string? Judge(SignatureCase mutated, EvmAddress signer)
    {
        try
        {
            var verified = EvmAddress.TryParse(mutated.AddressText, out var claimed)
                && WalletSignature.Verify(mutated.Message, mutated.Signature!, claimed);
            var recovered = WalletSignature.TryRecoverSigner(mutated.Message, mutated.Signature!, out var recoveredSigner)
                && recoveredSigner == signer;
            return verified == mutated.MustVerify && recovered == mutated.RecoversSigner
                ? null
                : $"verified {verified} (expected {mutated.MustVerify}), recovered the signer {recovered} (expected {mutated.RecoversSigner})";
        }
        catch (Exception exception)
        {
            return $"threw {exception.GetType().Name}: {exception.Message}";
        }
    }
}
