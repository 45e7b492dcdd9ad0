using System.Diagnostics.CodeAnalysis;
using Nethereum.Util;

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

    // EIP-55 as Nethereum computes it; the instance holds no state.
    private static readonly AddressUtil Checksums = new();

    // Nethereum builds the checksummed text a character at a time (about 15 µs and 5 KB an address), and the API
    // prints the same addresses again and again: the texts are kept, under the lowercase form.
    private static readonly BoundedCache<string> ChecksumTexts = new(capacity: 16_384);

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

        var parsed = new EvmAddress(hasUpper ? text.ToLowerInvariant() : text);
        if (hasLower && hasUpper && !string.Equals(parsed.ToChecksumString(), text, StringComparison.Ordinal))
        {
            return false;
        }

        address = parsed;
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>, throwing <see cref="FormatException"/> on invalid text.</summary>
    public static EvmAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not a valid EVM address.");

    /// <summary>
    /// The address whose normalised form (<see cref="Value"/>) is <paramref name="storedText"/>, taken unchecked:
    /// the store holds addresses only in that form, so a row read back needs no parsing.
    /// </summary>
    internal static EvmAddress FromStored(string storedText) => new(storedText);

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
        ChecksumTexts.TryGetValue(Value, out var text) ? text : ChecksumTexts.GetOrAdd(Value, Checksums.ConvertToChecksumAddress(Value));

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
}
