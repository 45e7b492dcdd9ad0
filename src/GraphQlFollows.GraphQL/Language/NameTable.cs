using System.Buffers.Binary;
using System.Text;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// A small fixed-size cache from ASCII bytes to strings, so that a name met again (a field, a type, a keyword)
/// reuses one string instead of allocating. Slots are overwritten on collision; concurrent use is safe because
/// a hit is only taken after comparing the whole text.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;
    private const int MaxLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxLength)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        var slot = (int)(Hash(ascii) & (Size - 1));
        var cached = Slots[slot];
        if (cached is not null && Matches(cached, ascii))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(ascii);
        Slots[slot] = created;
        return created;
    }

    /// <summary>
    /// Mixes the length with the first and last eight (or four, or fewer) bytes: constant time, and enough to
    /// tell identifiers apart, since a hit is always confirmed by comparing the whole text.
    /// </summary>
    private static uint Hash(ReadOnlySpan<byte> ascii)
    {
        ulong head, tail;
        var length = ascii.Length;
        if (length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(ascii);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(ascii[(length - 8)..]);
        }
        else if (length >= 4)
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(ascii);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(ascii[(length - 4)..]);
        }
        else
        {
            head = length == 0 ? 0u : ascii[0];
            tail = length == 0 ? 0u : ((ulong)ascii[length / 2] << 8) | ascii[length - 1];
        }

        var mixed = ((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length) * 0x165667B19E3779F9UL;
        return (uint)(mixed >> 32);
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> ascii) => cached.Length == ascii.Length && Ascii.Equals(ascii, cached);
}
