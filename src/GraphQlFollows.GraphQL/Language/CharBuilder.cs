using System.Buffers;
using System.Text;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>Builds decoded string values on the stack, falling back to pooled arrays for long ones.</summary>
internal ref struct CharBuilder
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    public CharBuilder(Span<char> initial)
    {
        _chars = initial;
    }

    public readonly int Length => _length;

    public readonly Span<char> Written => _chars[.._length];

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void AppendScalar(int scalar)
    {
        if (scalar < 0x10000)
        {
            Append((char)scalar);
            return;
        }

        Append((char)(0xD7C0 + (scalar >> 10)));
        Append((char)(0xDC00 | (scalar & 0x3FF)));
    }

    /// <summary>Appends bytes already checked to be valid UTF-8.</summary>
    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_chars.Length - _length < needed)
        {
            Grow(needed);
        }

        _length += Encoding.UTF8.GetChars(utf8, _chars[_length..]);
    }

    public void Truncate(int length) => _length = length;

    public override readonly string ToString() => new(_chars[.._length]);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow(int extra)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + extra));
        _chars[.._length].CopyTo(next);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = next;
        _chars = next;
    }
}
