using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class EvmAddressTests
{
    // The examples given in EIP-55 itself: each is its own checksummed form.
    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void Checksums_the_EIP_55_examples(string checksummed)
    {
        Assert.True(EvmAddress.TryParse(checksummed.ToLowerInvariant(), out var address));

        Assert.Equal(checksummed, address.ToChecksumString());
        Assert.Equal(checksummed.ToLowerInvariant(), address.Value);
    }

    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void Accepts_mixed_case_only_with_a_correct_checksum(string checksummed)
    {
        Assert.True(EvmAddress.TryParse(checksummed, out _));

        for (var i = 2; i < checksummed.Length; i++)
        {
            var chars = checksummed.ToCharArray();
            chars[i] = char.IsAsciiLetterUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            var typo = new string(chars);

            // A flip that leaves one case only gives text that needs no checksum.
            if (typo != checksummed && typo.Any(char.IsAsciiLetterUpper) && typo.Any(char.IsAsciiLetterLower))
            {
                Assert.False(EvmAddress.TryParse(typo, out _), typo);
            }
        }
    }

    public static TheoryData<string> VectorNames => SignatureVectors.NamesOf(SignatureVectors.Addresses);

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Parses_like_ethers(string name)
    {
        var vector = SignatureVectors.Named(SignatureVectors.Addresses, name);

        var parsed = EvmAddress.TryParse(vector.Text, out var address);

        Assert.Equal(vector.Valid, parsed);
        if (parsed)
        {
            Assert.Equal(vector.Normalized, address.Value);
            Assert.Equal(vector.Checksummed, address.ToChecksumString());
        }
    }

    [Fact]
    public void Rejects_null()
    {
        Assert.False(EvmAddress.TryParse(null, out _));
    }

    [Fact]
    public void Parse_throws_a_format_error_on_invalid_text()
    {
        Assert.Throws<FormatException>(() => EvmAddress.Parse("0x123"));
    }

    [Fact]
    public void Equal_whatever_the_case_it_was_written_in()
    {
        var lower = EvmAddress.Parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        var checksummed = EvmAddress.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        var upper = EvmAddress.Parse("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED");
        var other = EvmAddress.Parse("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");

        Assert.True(lower == checksummed);
        Assert.Equal(lower, upper);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.NotEqual(lower, other);
        Assert.True(lower != other);
    }

    [Fact]
    public void Round_trips_through_bytes()
    {
        var address = EvmAddress.Parse("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        var bytes = new byte[EvmAddress.SizeInBytes];

        address.CopyTo(bytes);

        Assert.Equal("fb6916095ca1df60bb79ce92ce3ea74c37c5d359", Convert.ToHexStringLower(bytes));
        Assert.Equal(address, EvmAddress.FromBytes(bytes));
    }

    [Fact]
    public void From_bytes_needs_twenty_bytes()
    {
        Assert.Throws<ArgumentException>(() => EvmAddress.FromBytes(new byte[19]));
    }

    [Fact]
    public void Default_is_the_zero_address()
    {
        Assert.Equal("0x0000000000000000000000000000000000000000", default(EvmAddress).Value);
        Assert.Equal(EvmAddress.Parse("0x0000000000000000000000000000000000000000"), default);
    }

    [Fact]
    public void Prints_as_the_checksummed_form()
    {
        var address = EvmAddress.Parse("0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb");

        Assert.Equal("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", address.ToString());
    }
}
