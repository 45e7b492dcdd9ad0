using System.Diagnostics.CodeAnalysis;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// An EVM wallet address: 20 bytes, written <c>0x</c> and 40 hex digits. Text in one case is taken
/// as is; mixed case is an EIP-55 checksum and must be a correct one, since a typo in a checksummed
/// address would otherwise name some other wallet. The <c>default</c> value is the zero address.
/// </summary>
public readonly struct EvmAddress : IEquatable<EvmAddress>
{
    public const int SizeInBytes = 20;
    private const int TextLength = 2 + 2 * SizeInBytes;
    private const string ZeroText = "0x0000000000000000000000000000000000000000";

    private readonly string? _value;

    private EvmAddress(string lowercaseText) => _value = lowercaseText;

    /// <summary>The normalised form, <c>0x</c> and 40 lowercase hex digits: the form to store and compare.</summary>
    public string Value => _value ?? ZeroText;

    public static bool TryParse(string? text, out EvmAddress address)
    {
        address = default;
        if (text is null || text.Length != TextLength || text[0] != '0' || text[1] != 'x')
        {
            return false;
        }

        var digits = text.AsSpan(2);
        if (!TryClassifyDigits(digits, out var hasLower, out var hasUpper))
        {
            return false;
        }

        if (hasLower && hasUpper && !HasValidChecksum(digits))
        {
            return false;
        }

        address = new EvmAddress(hasUpper ? text.ToLowerInvariant() : text);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>, throwing <see cref="FormatException"/> on invalid text.</summary>
    public static EvmAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not a valid EVM address.");

    /// <summary>The address whose 20 bytes are <paramref name="bytes"/>.</summary>
    public static EvmAddress FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != SizeInBytes)
        {
            throw new ArgumentException("An EVM address is 20 bytes.", nameof(bytes));
        }

        var text = string.Create(TextLength, bytes, static (chars, source) =>
        {
            chars[0] = '0';
            chars[1] = 'x';
            Convert.TryToHexStringLower(source, chars[2..], out _);
        });
        return new EvmAddress(text);
    }

    /// <summary>Writes the 20 bytes of the address to <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination) => Convert.FromHexString(Value.AsSpan(2), destination, out _, out _);

    /// <summary>The EIP-55 mixed-case checksummed form, as wallets display addresses.</summary>
    public string ToChecksumString() =>
        string.Create(TextLength, Value, static (chars, lowercase) =>
        {
            lowercase.AsSpan().CopyTo(chars);
            ApplyChecksum(chars[2..]);
        });

    /// <summary>The checksummed form; see <see cref="ToChecksumString"/>.</summary>
    public override string ToString() => ToChecksumString();

    public bool Equals(EvmAddress other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EvmAddress other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(EvmAddress left, EvmAddress right) => left.Equals(right);

    public static bool operator !=(EvmAddress left, EvmAddress right) => !left.Equals(right);

    private static bool TryClassifyDigits(ReadOnlySpan<char> digits, out bool hasLower, out bool hasUpper)
    {
        hasLower = false;
        hasUpper = false;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                continue;
            }

            if (c is >= 'a' and <= 'f')
            {
                hasLower = true;
            }
            else if (c is >= 'A' and <= 'F')
            {
                hasUpper = true;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasValidChecksum(ReadOnlySpan<char> digits)
    {
        Span<char> expected = stackalloc char[TextLength - 2];
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i] = char.ToLowerInvariant(digits[i]);
        }

        ApplyChecksum(expected);
        return digits.SequenceEqual(expected);
    }

    /// <summary>
    /// EIP-55: a letter is uppercased when the matching nibble of the Keccak-256 hash of the
    /// lowercase hex text (as ASCII) is 8 or more.
    /// </summary>
    private static void ApplyChecksum(Span<char> lowercaseDigits)
    {
        Span<byte> ascii = stackalloc byte[lowercaseDigits.Length];
        for (var i = 0; i < ascii.Length; i++)
        {
            ascii[i] = (byte)lowercaseDigits[i];
        }

        Span<byte> hash = stackalloc byte[Keccak256.HashSizeInBytes];
        Keccak256.Hash(ascii, hash);
        for (var i = 0; i < lowercaseDigits.Length; i++)
        {
            var nibble = i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0x0F;
            if (nibble >= 8)
            {
                lowercaseDigits[i] = char.ToUpperInvariant(lowercaseDigits[i]);
            }
        }
    }
}
