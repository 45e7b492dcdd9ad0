using BenchmarkDotNet.Attributes;
using GraphQlFollows.Follows.Signatures;
using Nethereum.Signer;

namespace GraphQlFollows.Benchmarks;

/// <summary>
/// One wallet signature verified, as <c>registerSigningKey</c>, <c>createProfile</c> and <c>revokeSigningKey</c> do:
/// the EIP-191 hash, the key's recovery and the address comparison. Single-threaded, so the rate is one core's.
/// <see cref="SignRecoverable"/> false measures Nethereum's default recovery, which the server does not use.
/// </summary>
[MemoryDiagnoser]
public class WalletSignatureBenchmarks
{
    // The first development account of Hardhat and Anvil, so every run verifies the same signature.
    private const string Key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string Message =
        "I authorize CyberConnect from this device using signing key:\n" +
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEd7ZpWq8mQ0X7TcVd1bq1qOe1qJ2o3Vw0Kk6x3Xn0g5Q2x8b9YbJt0nq5tQy7pM0p9Lr4Yy8hZ2c1a3VfT6Uw==";

    private string _signature = null!;
    private EvmAddress _signer;

    [Params(true, false)]
    public bool SignRecoverable { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!WalletSigner.TryParse(Key, out var signer))
        {
            throw new InvalidOperationException("The benchmark's key does not parse.");
        }

        _signer = signer.Address;
        _signature = signer.SignPersonalMessage(Message);

        // After WalletSignature's constructor, which sets the flag, has run.
        EthECKey.SignRecoverable = SignRecoverable;
        if (!Verify())
        {
            throw new InvalidOperationException("The benchmark's signature does not verify.");
        }
    }

    [Benchmark]
    public bool Verify() => WalletSignature.Verify(Message, _signature, _signer);
}
