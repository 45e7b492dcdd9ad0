using System.Numerics;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>
/// Reads .NET numbers as the scalars see them: every numeric type is a number, and integral types are integers
/// whatever their size (as a JavaScript BigInt would be).
/// </summary>
internal static class NumericValue
{
    public static bool IsIntegral(object value) =>
        value is int or long or short or sbyte or byte or ushort or uint or ulong or BigInteger;

    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case sbyte sb: number = sb; return true;
            case byte b: number = b; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case BigInteger big: number = (double)big; return true;
            default: number = 0; return false;
        }
    }

    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;
}
