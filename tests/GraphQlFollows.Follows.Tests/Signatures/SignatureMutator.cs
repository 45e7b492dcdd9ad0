using System.Globalization;
using System.Numerics;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

/// <summary>A message, its valid wallet signature and the signer's checksummed address.</summary>
public sealed record SignedMessage(string Message, string Signature, EvmAddress Signer)
{
    // Text pieces of the messages; no lone surrogates, so every original has a UTF-8 form.
    private static readonly string[] Pieces = ["""{"op":"follow","ts":""", "a", "Z", "0", " ", "\n", "é", "e\u0301", "✓", "😀", "\u200b", "\u0000", "Ω"];

    /// <summary>A key and a message drawn from <paramref name="random"/>, signed; some with v as 0/1 instead of 27/28.</summary>
    public static SignedMessage Create(Random random)
    {
        var key = new byte[32];
        WalletSigner? signer;
        do
        {
            random.NextBytes(key);
        }
        while (!WalletSigner.TryParse("0x" + Convert.ToHexStringLower(key), out signer));

        var message = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var signature = Convert.FromHexString(signer.SignPersonalMessage(message).AsSpan(2));
        if (random.Next(2) == 0)
        {
            signature[64] -= 27;
        }

        return new SignedMessage(message, "0x" + Convert.ToHexStringLower(signature), signer.Address);
    }
}

/// <summary>
/// One input to judge. <see cref="MustVerify"/>: the signature still verifies against the address;
/// <see cref="RecoversSigner"/>: the message and signature, whatever the address, still recover the signer.
/// </summary>
public sealed record SignatureCase(string Change, string Message, string? Signature, string AddressText, bool MustVerify, bool RecoversSigner);

/// <summary>
/// Mutations of a signed message, drawn from a seeded generator so that a run can be repeated: bit flips, truncation,
/// extension, v values, s values above n/2, r and s out of range, non-hex, a missing <c>0x</c>, odd lengths, unicode
/// and lone surrogates in the message, and changed addresses. Only the changes that keep the signature (v written as
/// 0/1 or 27/28, hex of the other case, an address in one case) may verify.
/// </summary>
public sealed class SignatureMutator
{
    // secp256k1's group order n, and n/2: an s above n/2 is the malleable twin of a valid signature.
    private static readonly BigInteger Order = BigInteger.Parse("0fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", NumberStyles.HexNumber);
    private static readonly BigInteger HalfOrder = Order / 2;
    private static readonly BigInteger Max = (BigInteger.One << 256) - 1;

    private static readonly string[] NonHex = ["g", "G", "x", "X", " ", "-", "+", "\u0663", "\uff41", "é", "\0", "😀", "\ud800"];
    private static readonly string[] Inserted = ["a", "A", " ", "\n", "é", "e\u0301", "😀", "\u200b", "\ufeff", "\0", "\ud800", "\udfff", "\ud83d"];
    private static readonly byte[] InterestingV = [0, 1, 2, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 127, 128, 255];

    private readonly Random _random;
    private readonly (string Name, Func<SignedMessage, SignatureCase> Mutate)[] _mutations;

    public SignatureMutator(Random random)
    {
        _random = random;
        _mutations =
        [
            ("unchanged", original => Keep(original, "unchanged", original.Signature)),
            ("bit flip", FlipBit),
            ("truncated", original => Broken(original, "truncated", original.Signature[..random.Next(original.Signature.Length)])),
            ("extended", original => Broken(original, "extended", original.Signature + RandomHex(random.Next(1, 9)))),
            ("v", ChangeV),
            ("high-s twin", HighSTwin),
            ("s above n/2", original => Broken(original, "s above n/2", WithScalar(original, 32, RandomBetween(HalfOrder + 1, Max)))),
            ("r or s out of range", OutOfRange),
            ("non-hex", NonHexDigit),
            ("prefix", Prefix),
            ("odd length", original => Broken(original, "odd length", original.Signature.Remove(random.Next(2, original.Signature.Length), 1))),
            ("other case", original => Keep(original, "other case", "0x" + original.Signature[2..].ToUpperInvariant())),
            ("message", ChangeMessage),
            ("address", ChangeAddress),
            ("null or empty", original => Broken(original, "null or empty", random.Next(3) switch { 0 => null, 1 => "", _ => "0x" })),
        ];
    }

    private readonly Dictionary<string, int> _counts = [];

    /// <summary>How many cases of each kind were made.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public SignatureCase Mutate(SignedMessage original)
    {
        var (name, mutate) = _mutations[_random.Next(_mutations.Length)];
        _counts[name] = _counts.GetValueOrDefault(name) + 1;
        return mutate(original);
    }

    private static SignatureCase Keep(SignedMessage original, string change, string signature) =>
        new(change, original.Message, signature, original.Signer.ToChecksumString(), MustVerify: true, RecoversSigner: true);

    private static SignatureCase Broken(SignedMessage original, string change, string? signature) =>
        new(change, original.Message, signature, original.Signer.ToChecksumString(), MustVerify: false, RecoversSigner: false);

    private SignatureCase FlipBit(SignedMessage original)
    {
        var bytes = Bytes(original);
        var bit = _random.Next(bytes.Length * 8);
        bytes[bit / 8] ^= (byte)(1 << (bit % 8));

        // A flipped bit of v gives a v that is refused, or the other recovery id, which recovers another key.
        return Broken(original, $"bit {bit} flipped", Hex(bytes));
    }

    private SignatureCase ChangeV(SignedMessage original)
    {
        var bytes = Bytes(original);
        var recoveryId = bytes[64] % 27;
        var v = _random.Next(2) == 0 ? InterestingV[_random.Next(InterestingV.Length)] : (byte)_random.Next(256);
        bytes[64] = v;
        var same = v == recoveryId || v == recoveryId + 27;
        return new SignatureCase($"v {v}", original.Message, Hex(bytes), original.Signer.ToChecksumString(), same, same);
    }

    /// <summary>s' = n - s with the other recovery id: the same key's signature, which ethers and Nethereum would take.</summary>
    private SignatureCase HighSTwin(SignedMessage original)
    {
        var bytes = Bytes(original);
        var s = new BigInteger(bytes.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        Write(bytes, 32, Order - s);
        bytes[64] = (byte)(bytes[64] % 27 == 0 ? bytes[64] + 1 : bytes[64] - 1);
        return Broken(original, "high-s twin", Hex(bytes));
    }

    private SignatureCase OutOfRange(SignedMessage original)
    {
        BigInteger[] values = [BigInteger.Zero, Order, Order + 1, Max, RandomBetween(Order, Max)];
        var offset = _random.Next(2) * 32;
        var value = values[_random.Next(values.Length)];
        return Broken(original, $"{(offset == 0 ? "r" : "s")} = {value:x}", WithScalar(original, offset, value));
    }

    private SignatureCase NonHexDigit(SignedMessage original)
    {
        var position = _random.Next(2, original.Signature.Length);
        var replacement = NonHex[_random.Next(NonHex.Length)];
        return Broken(original, $"non-hex {Describe(replacement)} at {position}", original.Signature.Remove(position, 1).Insert(position, replacement));
    }

    private SignatureCase Prefix(SignedMessage original)
    {
        var digits = original.Signature[2..];
        string[] forms = [digits, "0X" + digits, "x" + digits, "00" + digits, " " + original.Signature, original.Signature + "\n", "0x0x" + digits];
        var form = _random.Next(forms.Length);
        return Broken(original, $"prefix form {form}", forms[form]);
    }

    private SignatureCase ChangeMessage(SignedMessage original)
    {
        var message = original.Message;
        while (string.Equals(message, original.Message, StringComparison.Ordinal))
        {
            var position = _random.Next(message.Length + 1);
            message = _random.Next(3) switch
            {
                0 when message.Length > 0 => message.Remove(Math.Min(position, message.Length - 1), 1),
                1 => message.Insert(position, Inserted[_random.Next(Inserted.Length)]),
                _ => message + Inserted[_random.Next(Inserted.Length)],
            };
        }

        return new SignatureCase($"message {Describe(message)}", message, original.Signature, original.Signer.ToChecksumString(), false, false);
    }

    private SignatureCase ChangeAddress(SignedMessage original)
    {
        var text = original.Signer.ToChecksumString();
        var position = _random.Next(2, text.Length);
        var (change, changed, same) = _random.Next(6) switch
        {
            0 => ("lowercase", text.ToLowerInvariant(), true),
            1 => ("uppercase", "0x" + text[2..].ToUpperInvariant(), true),
            2 => ("case flipped", FlipCase(text, position), FlipCase(text, position) == text || IsSingleCase(FlipCase(text, position))),
            3 => ("digit changed", text.Remove(position, 1).Insert(position, text[position] == '0' ? "1" : "0"), false),
            4 => ("truncated", text[..position], false),
            _ => ("non-hex", text.Remove(position, 1).Insert(position, NonHex[_random.Next(NonHex.Length)]), false),
        };
        return new SignatureCase($"address {change} at {position}: {changed}", original.Message, original.Signature, changed, same, true);
    }

    /// <summary>Text whose letters are all of one case needs no checksum, and names the same address; a digit has no case.</summary>
    private static bool IsSingleCase(string text) =>
        !(text[2..].Any(char.IsAsciiLetterUpper) && text[2..].Any(char.IsAsciiLetterLower));

    private static string FlipCase(string text, int position)
    {
        var c = text[position];
        var flipped = char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
        return text.Remove(position, 1).Insert(position, flipped.ToString());
    }

    private static string WithScalar(SignedMessage original, int offset, BigInteger value)
    {
        var bytes = Bytes(original);
        Write(bytes, offset, value);
        return Hex(bytes);
    }

    private static void Write(byte[] bytes, int offset, BigInteger value)
    {
        var target = bytes.AsSpan(offset, 32);
        target.Clear();
        var written = value.GetByteCount(isUnsigned: true);
        value.TryWriteBytes(target[(32 - written)..], out _, isUnsigned: true, isBigEndian: true);
    }

    private BigInteger RandomBetween(BigInteger low, BigInteger high)
    {
        var bytes = new byte[32];
        _random.NextBytes(bytes);
        return low + new BigInteger(bytes, isUnsigned: true) % (high - low + 1);
    }

    private string RandomHex(int digits) =>
        string.Concat(Enumerable.Range(0, digits).Select(_ => "0123456789abcdefABCDEF"[_random.Next(22)]));

    private static byte[] Bytes(SignedMessage original) => Convert.FromHexString(original.Signature.AsSpan(2));

    private static string Hex(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    private static string Describe(string text) =>
        string.Concat(text.Select(c => char.IsAscii(c) && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:x4}"));
}
