using System.Buffers.Binary;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// Keccak-256 as Ethereum uses it: the Keccak sponge with a 1088-bit rate and the original padding (0x01 … 0x80),
/// not SHA3-256's. Hashes a span without allocating. The permutation is Keccak-f[1600] of FIPS 202, written out
/// with the 25 lanes in locals so that the JIT keeps them in registers instead of an array.
/// </summary>
public static class Keccak256
{
    public const int HashSizeInBytes = 32;

    private const int RateInBytes = 136;
    private const int Lanes = 25;

    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    /// <summary>Writes the 32-byte Keccak-256 of <paramref name="data"/> to <paramref name="hash"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hash.Length, HashSizeInBytes, nameof(hash));
        Span<ulong> state = stackalloc ulong[Lanes];
        state.Clear();
        while (data.Length >= RateInBytes)
        {
            Absorb(state, data[..RateInBytes]);
            data = data[RateInBytes..];
        }
        Span<byte> last = stackalloc byte[RateInBytes];
        last.Clear();
        data.CopyTo(last);
        last[data.Length] ^= 0x01;
        last[RateInBytes - 1] ^= 0x80;
        Absorb(state, last);
        for (var i = 0; i < HashSizeInBytes / sizeof(ulong); i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(hash[(i * sizeof(ulong))..], state[i]);
        }
    }

    /// <summary>The Keccak-256 of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var hash = new byte[HashSizeInBytes];
        Hash(data, hash);
        return hash;
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < RateInBytes / sizeof(ulong); i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * sizeof(ulong))..]);
        }
        Permute(state);
    }

    /// <summary>Keccak-f[1600]: lane (x, y) is <c>state[x + 5y]</c>, named <c>axy</c> below.</summary>
    private static void Permute(Span<ulong> state)
    {
        var a00 = state[0];
        var a10 = state[1];
        var a20 = state[2];
        var a30 = state[3];
        var a40 = state[4];
        var a01 = state[5];
        var a11 = state[6];
        var a21 = state[7];
        var a31 = state[8];
        var a41 = state[9];
        var a02 = state[10];
        var a12 = state[11];
        var a22 = state[12];
        var a32 = state[13];
        var a42 = state[14];
        var a03 = state[15];
        var a13 = state[16];
        var a23 = state[17];
        var a33 = state[18];
        var a43 = state[19];
        var a04 = state[20];
        var a14 = state[21];
        var a24 = state[22];
        var a34 = state[23];
        var a44 = state[24];
        for (var round = 0; round < RoundConstants.Length; round++)
        {
            // θ: each lane takes the parity of the two neighbouring columns; ρ and π: rotate and move each lane
            // (into b); χ: combine each row non-linearly; ι: break the symmetry between rounds.
            var c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
            var c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
            var c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
            var c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
            var c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
            var d0 = c4 ^ ulong.RotateLeft(c1, 1);
            var d1 = c0 ^ ulong.RotateLeft(c2, 1);
            var d2 = c1 ^ ulong.RotateLeft(c3, 1);
            var d3 = c2 ^ ulong.RotateLeft(c4, 1);
            var d4 = c3 ^ ulong.RotateLeft(c0, 1);
            var b00 = (a00 ^ d0);
            var b10 = ulong.RotateLeft(a11 ^ d1, 44);
            var b20 = ulong.RotateLeft(a22 ^ d2, 43);
            var b30 = ulong.RotateLeft(a33 ^ d3, 21);
            var b40 = ulong.RotateLeft(a44 ^ d4, 14);
            var b01 = ulong.RotateLeft(a30 ^ d3, 28);
            var b11 = ulong.RotateLeft(a41 ^ d4, 20);
            var b21 = ulong.RotateLeft(a02 ^ d0, 3);
            var b31 = ulong.RotateLeft(a13 ^ d1, 45);
            var b41 = ulong.RotateLeft(a24 ^ d2, 61);
            var b02 = ulong.RotateLeft(a10 ^ d1, 1);
            var b12 = ulong.RotateLeft(a21 ^ d2, 6);
            var b22 = ulong.RotateLeft(a32 ^ d3, 25);
            var b32 = ulong.RotateLeft(a43 ^ d4, 8);
            var b42 = ulong.RotateLeft(a04 ^ d0, 18);
            var b03 = ulong.RotateLeft(a40 ^ d4, 27);
            var b13 = ulong.RotateLeft(a01 ^ d0, 36);
            var b23 = ulong.RotateLeft(a12 ^ d1, 10);
            var b33 = ulong.RotateLeft(a23 ^ d2, 15);
            var b43 = ulong.RotateLeft(a34 ^ d3, 56);
            var b04 = ulong.RotateLeft(a20 ^ d2, 62);
            var b14 = ulong.RotateLeft(a31 ^ d3, 55);
            var b24 = ulong.RotateLeft(a42 ^ d4, 39);
            var b34 = ulong.RotateLeft(a03 ^ d0, 41);
            var b44 = ulong.RotateLeft(a14 ^ d1, 2);
            a00 = b00 ^ (~b10 & b20);
            a10 = b10 ^ (~b20 & b30);
            a20 = b20 ^ (~b30 & b40);
            a30 = b30 ^ (~b40 & b00);
            a40 = b40 ^ (~b00 & b10);
            a01 = b01 ^ (~b11 & b21);
            a11 = b11 ^ (~b21 & b31);
            a21 = b21 ^ (~b31 & b41);
            a31 = b31 ^ (~b41 & b01);
            a41 = b41 ^ (~b01 & b11);
            a02 = b02 ^ (~b12 & b22);
            a12 = b12 ^ (~b22 & b32);
            a22 = b22 ^ (~b32 & b42);
            a32 = b32 ^ (~b42 & b02);
            a42 = b42 ^ (~b02 & b12);
            a03 = b03 ^ (~b13 & b23);
            a13 = b13 ^ (~b23 & b33);
            a23 = b23 ^ (~b33 & b43);
            a33 = b33 ^ (~b43 & b03);
            a43 = b43 ^ (~b03 & b13);
            a04 = b04 ^ (~b14 & b24);
            a14 = b14 ^ (~b24 & b34);
            a24 = b24 ^ (~b34 & b44);
            a34 = b34 ^ (~b44 & b04);
            a44 = b44 ^ (~b04 & b14);
            a00 ^= RoundConstants[round];
        }
        state[0] = a00;
        state[1] = a10;
        state[2] = a20;
        state[3] = a30;
        state[4] = a40;
        state[5] = a01;
        state[6] = a11;
        state[7] = a21;
        state[8] = a31;
        state[9] = a41;
        state[10] = a02;
        state[11] = a12;
        state[12] = a22;
        state[13] = a32;
        state[14] = a42;
        state[15] = a03;
        state[16] = a13;
        state[17] = a23;
        state[18] = a33;
        state[19] = a43;
        state[20] = a04;
        state[21] = a14;
        state[22] = a24;
        state[23] = a34;
        state[24] = a44;
    }
}
