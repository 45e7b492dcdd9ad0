using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace GraphQlFollows.GraphQL.AspNetCore.Persisted;

/// <summary>The id of a document: SHA-256 of its UTF-8 text, 64 lowercase hex digits, as Apollo's tools compute it.</summary>
internal static class DocumentHash
{
    public static string Of(string document)
    {
        var length = Encoding.UTF8.GetMaxByteCount(document.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(document, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

}
