using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.Api.Scalars;

/// <summary>
/// The schema's <c>AddressEVM</c>. Inputs are strings that <see cref="EvmAddress.TryParse"/> accepts (one case, or a
/// correct EIP-55 checksum) and coerce to an <see cref="EvmAddress"/>; results are written EIP-55 checksummed.
/// </summary>
public sealed class AddressEvmType() : ScalarType("AddressEVM")
{
    private const string Rule = "an address is \"0x\" and 40 hex digits, all lowercase, all uppercase or EIP-55 checksummed";

    public override object? Serialize(object? value) => value switch
    {
        EvmAddress address => address.ToChecksumString(),
        string text when EvmAddress.TryParse(text, out var address) => address.ToChecksumString(),
        _ => throw new GraphQLException($"AddressEVM cannot represent value: {Inspect.Format(value)}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        EvmAddress address => address,
        string text => Parse(text, Inspect.Format(text)),
        _ => throw new GraphQLException($"AddressEVM cannot represent non-string value: {Inspect.Format(value)}; {Rule}."),
    };

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode text
            ? Parse(text.Value, Printer.Print(literal))
            : throw new GraphQLException($"AddressEVM cannot represent non-string value: {Printer.Print(literal)}; {Rule}.");

    private static EvmAddress Parse(string text, string shown) =>
        EvmAddress.TryParse(text, out var address)
            ? address
            : throw new GraphQLException($"AddressEVM cannot represent {shown}: {Rule}.");
}
