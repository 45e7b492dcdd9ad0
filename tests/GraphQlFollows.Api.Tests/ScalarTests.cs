using GraphQlFollows.Api.Scalars;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.Api.Tests;

public sealed class ScalarTests
{
    private const string Checksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    private readonly LongType _long = new();
    private readonly AddressEvmType _address = new();

    [Fact]
    public void Long_serializes_64_bit_integers_as_numbers()
    {
        Assert.Equal(long.MaxValue, _long.Serialize(long.MaxValue));
        Assert.Equal(42L, _long.Serialize(42));
        Assert.Throws<GraphQLException>(() => _long.Serialize("42"));
        Assert.Throws<GraphQLException>(() => _long.Serialize(1.5));
    }

    [Fact]
    public void Long_accepts_integer_values_in_range_only()
    {
        Assert.Equal(1_763_000_000_000L, _long.ParseValue(1_763_000_000_000L));
        Assert.Equal(5L, _long.ParseValue(5.0));
        Assert.Equal(long.MinValue, _long.ParseValue((double)long.MinValue));
        Assert.Contains("non-integer", Assert.Throws<GraphQLException>(() => _long.ParseValue(1.5)).Message);
        Assert.Contains("non-integer", Assert.Throws<GraphQLException>(() => _long.ParseValue("5")).Message);
        Assert.Contains("non-integer", Assert.Throws<GraphQLException>(() => _long.ParseValue(double.NaN)).Message);
        Assert.Contains("64-bit", Assert.Throws<GraphQLException>(() => _long.ParseValue(9.3e18)).Message);
        Assert.Contains("64-bit", Assert.Throws<GraphQLException>(() => _long.ParseValue(ulong.MaxValue)).Message);
    }

    [Fact]
    public void Long_accepts_integer_literals_in_range_only()
    {
        Assert.Equal(-9223372036854775808L, _long.ParseLiteral(new IntValueNode("-9223372036854775808"), null));
        Assert.Contains("64-bit", Assert.Throws<GraphQLException>(() => _long.ParseLiteral(new IntValueNode("9223372036854775808"), null)).Message);
        Assert.Contains("non-integer", Assert.Throws<GraphQLException>(() => _long.ParseLiteral(new FloatValueNode("1.0"), null)).Message);
        Assert.Contains("non-integer", Assert.Throws<GraphQLException>(() => _long.ParseLiteral(new StringValueNode("1"), null)).Message);
    }

    [Fact]
    public void AddressEVM_accepts_one_case_or_a_valid_checksum()
    {
        var expected = EvmAddress.Parse(Checksummed);
        Assert.Equal(expected, _address.ParseValue(Checksummed));
        Assert.Equal(expected, _address.ParseValue(Checksummed.ToLowerInvariant()));
        Assert.Equal(expected, _address.ParseValue("0x" + Checksummed[2..].ToUpperInvariant()));
        Assert.Equal(expected, _address.ParseLiteral(new StringValueNode(Checksummed.ToLowerInvariant()), null));
    }

    [Theory]
    [InlineData("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")]
    [InlineData("0xgggggggggggggggggggggggggggggggggggggggg")]
    [InlineData("")]
    public void AddressEVM_refuses_other_text_with_the_rule(string text)
    {
        var error = Assert.Throws<GraphQLException>(() => _address.ParseValue(text));
        Assert.Contains("EIP-55", error.Message);
        Assert.Throws<GraphQLException>(() => _address.ParseLiteral(new StringValueNode(text), null));
    }

    [Fact]
    public void AddressEVM_refuses_non_strings()
    {
        Assert.Throws<GraphQLException>(() => _address.ParseValue(42L));
        Assert.Throws<GraphQLException>(() => _address.ParseLiteral(new IntValueNode("42"), null));
    }

    [Fact]
    public void AddressEVM_results_are_checksummed()
    {
        Assert.Equal(Checksummed, _address.Serialize(EvmAddress.Parse(Checksummed)));
        Assert.Equal(Checksummed, _address.Serialize(Checksummed.ToLowerInvariant()));
        Assert.Throws<GraphQLException>(() => _address.Serialize("0x12"));
    }
}
