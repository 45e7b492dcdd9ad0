using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Cli;

/// <summary>
/// A demo wallet key and device signing key, kept together in a JSON file. The private keys are stored in the
/// clear: the file is for trying the API out, never for a wallet that holds funds.
/// </summary>
internal sealed class DemoIdentity : IDisposable
{
    public const string Warning = "Demo keys stored in the clear. Never send funds to this address or import this key into a real wallet.";

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private DemoIdentity(WalletSigner wallet, SigningKeyPair signingKey)
    {
        Wallet = wallet;
        SigningKey = signingKey;
    }

    public WalletSigner Wallet { get; }

    public SigningKeyPair SigningKey { get; }

    /// <summary>The wallet address, checksummed as wallets show it and as the messages carry it.</summary>
    public string Address => Wallet.Address.ToChecksumString();

    /// <summary>The signing key as the API takes it: base64 of its SubjectPublicKeyInfo.</summary>
    public string SigningKeyText => SigningKey.PublicKey.Text;

    public static DemoIdentity Create() => new(WalletSigner.Create(), SigningKeyPair.Create());

    /// <summary>Writes the identity to a new file; an existing file is replaced only when <paramref name="overwrite"/> is set.</summary>
    public void Save(string path, bool overwrite)
    {
        var file = new IdentityFile(Warning, Wallet.PrivateKeyHex, Address, SigningKey.ExportPkcs8(), SigningKeyText);
        using var stream = new FileStream(path, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None);

        // Readable by its owner only, before any key is written to it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        JsonSerializer.Serialize(stream, file, FileOptions);
    }

    /// <summary>Reads an identity file; false with the reason when it is missing or not one.</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out DemoIdentity? identity, [NotNullWhen(false)] out string? error)
    {
        identity = null;
        IdentityFile? file;
        try
        {
            file = JsonSerializer.Deserialize<IdentityFile>(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            error = $"Cannot read the identity file '{path}' (create one with new-identity): {exception.Message}";
            return false;
        }
        if (!WalletSigner.TryParse(file?.WalletPrivateKey, out var wallet))
        {
            error = $"'{path}' holds no valid walletPrivateKey (0x and 64 hex digits).";
            return false;
        }
        if (!SigningKeyPair.TryImportPkcs8(file!.SigningPrivateKey, out var signingKey))
        {
            error = $"'{path}' holds no valid signingPrivateKey (base64 of a PKCS#8 P-256 key).";
            return false;
        }
        identity = new DemoIdentity(wallet, signingKey);
        error = null;
        return true;
    }

    public void Dispose() => SigningKey.Dispose();

    // The address and the public signing key are written for the reader's convenience; loading derives them again.
    private sealed record IdentityFile(
        [property: JsonPropertyName("warning")] string? Warning,
        [property: JsonPropertyName("walletPrivateKey")] string? WalletPrivateKey,
        [property: JsonPropertyName("address")] string? Address,
        [property: JsonPropertyName("signingPrivateKey")] string? SigningPrivateKey,
        [property: JsonPropertyName("signingKey")] string? SigningKey);
}
