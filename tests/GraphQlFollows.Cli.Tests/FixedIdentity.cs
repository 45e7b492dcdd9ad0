namespace GraphQlFollows.Cli.Tests;

/// <summary>
/// An identity file whose keys never change, so that what the tool prints with it can be pinned. Both keys are
/// public test keys: the wallet's is the first account of Hardhat's and Anvil's well-known development mnemonic.
/// </summary>
internal static class FixedIdentity
{
    public const string WalletPrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    /// <summary>A P-256 key made once for these tests, as base64 PKCS#8.</summary>
    public const string SigningPrivateKey =
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgCO+1omz8vkwM0z1rDK7Sw1gatJNDl6rLmxSHBhfubTShRANCAASVwFhGbK/D/54B4MoRpR+VJJva/ad8rhNAdIyWpMcBLqM5dfpQXKv8XwaNJqtBxKpLM/iD4Fl8EJ9OV3fhm2uz";

    /// <summary>The wallet's address, checksummed.</summary>
    public const string Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    /// <summary>The public half of <see cref="SigningPrivateKey"/>, as the API takes it.</summary>
    public const string SigningKey =
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElcBYRmyvw/+eAeDKEaUflSSb2v2nfK4TQHSMlqTHAS6jOXX6UFyr/F8GjSarQcSqSzP4g+BZfBCfTld34Ztrsw==";

    /// <summary>The messages' <c>ts</c>, given with <c>--ts</c>.</summary>
    public const string Ts = "1763000000000";

    /// <summary>Writes the identity file at <paramref name="path"/> and returns the path.</summary>
    public static string WriteTo(string path)
    {
        File.WriteAllText(path, $$"""{"walletPrivateKey":"{{WalletPrivateKey}}","signingPrivateKey":"{{SigningPrivateKey}}"}""");
        return path;
    }
}
