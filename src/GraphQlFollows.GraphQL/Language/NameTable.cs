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

    private static uint Hash(ReadOnlySpan<byte> ascii)
    {
        // FNV-1a: short, and good enough for identifiers.
        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> ascii)
    {
        if (cached.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (cached[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
