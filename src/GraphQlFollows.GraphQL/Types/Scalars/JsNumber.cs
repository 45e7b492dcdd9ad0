using System.Globalization;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>
/// Numbers as JavaScript writes and reads them. The reference implementation is written in JavaScript, so the
/// scalars' coercions and messages follow <c>String(number)</c> and <c>Number(string)</c> to give the same results.
/// </summary>
public static class JsNumber
{
    /// <summary>The text JavaScript's <c>String(value)</c> gives: shortest round-trip digits, exponent only below 1e-6 or from 1e21.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + ToString(-value);
        }

        var (digits, pointPosition) = ShortestDigits(value);
        return Layout(digits, pointPosition);
    }

    /// <summary>
    /// Reads a string as JavaScript's <c>Number(text)</c> does: surrounding white space ignored, empty text is 0,
    /// <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes, <c>Infinity</c>. False where JavaScript gives NaN.
    /// </summary>
    public static bool TryParse(string text, out double value)
    {
        var trimmed = text.AsSpan().Trim(WhiteSpace);
        value = 0;
        if (trimmed.IsEmpty)
        {
            return true;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && RadixOf(trimmed[1]) is var radix and > 0)
        {
            return TryParseRadix(trimmed[2..], radix, out value);
        }

        var unsigned = trimmed[0] is '+' or '-' ? trimmed[1..] : trimmed;
        if (unsigned.SequenceEqual("Infinity"))
        {
            value = trimmed[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        // Only digits, one point, an exponent and signs: .NET would also take "NaN", "∞" or thousands separators.
        foreach (var c in unsigned)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return double.TryParse(trimmed, Styles, CultureInfo.InvariantCulture, out value);
    }

    // JavaScript's String.prototype.trim: white space and line terminators.
    private static readonly char[] WhiteSpace =
    [
        '\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
        '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF',
    ];

    private static int RadixOf(char c) => c switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 0,
    };

    private static bool TryParseRadix(ReadOnlySpan<char> digits, int radix, out double value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : radix;
            if (digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        return true;
    }

    /// <summary>The shortest digits that read back as <paramref name="value"/> (positive, finite), and where the point goes.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E');
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), CultureInfo.InvariantCulture);
        var pointAt = mantissa.IndexOf('.');
        var integerLength = pointAt < 0 ? mantissa.Length : pointAt;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (digits, integerLength + exponent - leadingZeros);
    }

    /// <summary>Number::toString of ECMA-262: value = 0.digits × 10^pointPosition.</summary>
    private static string Layout(string digits, int pointPosition)
    {
        var k = digits.Length;
        var n = pointPosition;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }
}
