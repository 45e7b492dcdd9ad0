using System.Security.Cryptography;
using GraphQlFollows.Follows.Applications;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// The key of <see cref="WebhookSecrets"/> from configuration: <see cref="WebhookOptions.SecretKey"/>, else the file
/// <see cref="WebhookOptions.SecretKeyFile"/>, made with a random key the first time one is needed.
/// </summary>
internal static class WebhookSecretKey
{
    public static WebhookSecrets Secrets(WebhookOptions options) => new(() => Load(options));

    private static byte[] Load(WebhookOptions options)
    {
        if (options.SecretKey is { Length: > 0 } configured)
        {
            return Decode(configured, "Webhooks:SecretKey");
        }
        var path = Path.GetFullPath(options.SecretKeyFile);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }
        return Decode(File.ReadAllText(path).Trim(), path);
    }

    /// <summary>Writes a new random key, unless another process has just written one (then that one is read).</summary>
    private static void TryCreate(string path)
    {
        var key = RandomNumberGenerator.GetBytes(WebhookSecrets.KeyBytes);
        try
        {
            using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = OperatingSystem.IsWindows() ? null : UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            using var writer = new StreamWriter(file);
            writer.WriteLine(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made meanwhile by another process of the same store.
        }
    }

    private static byte[] Decode(string base64, string source)
    {
        var key = new byte[WebhookSecrets.KeyBytes];
        return Convert.TryFromBase64String(base64, key, out var length) && length == key.Length
            ? key
            : throw new InvalidOperationException($"{source} must hold base64 of {WebhookSecrets.KeyBytes} bytes (openssl rand -base64 32).");
    }
}
