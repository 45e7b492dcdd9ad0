using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Tests.Types;

public class EnumValueNamingTests
{
    [Theory]
    [InlineData("Success", "SUCCESS")]
    [InlineData("InvalidSigningKey", "INVALID_SIGNING_KEY")]
    [InlineData("Asc", "ASC")]
    [InlineData("HttpURLError", "HTTP_URL_ERROR")]
    [InlineData("Sha256Digest", "SHA256_DIGEST")]
    [InlineData("ALREADY_DONE", "ALREADY_DONE")]
    public void Names_a_member_in_screaming_snake_case(string member, string value) =>
        Assert.Equal(value, EnumValueNaming.ToValueName(member));

    [Fact]
    public void Binds_values_to_the_members_named_by_the_convention()
    {
        var schema = new SchemaBuilder("type Query { s: Status } enum Status { SUCCESS INVALID_SIGNING_KEY }")
            .BindEnum<Status>("Status")
            .Build();

        var values = Assert.IsType<EnumType>(schema.GetType("Status")).Values;
        Assert.Equal(Status.Success, values["SUCCESS"]!.Value);
        Assert.Equal(Status.InvalidSigningKey, values["INVALID_SIGNING_KEY"]!.Value);
    }

    [Fact]
    public void Refuses_a_value_no_member_is_named_for()
    {
        var builder = new SchemaBuilder("type Query { s: Status } enum Status { SUCCESS INVALIDSIGNINGKEY }").BindEnum<Status>("Status");

        var error = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal("Cannot bind enum \"Status\" to Status: it has no member named INVALIDSIGNINGKEY.", Assert.Single(error.Errors).Message);
    }

    private enum Status
    {
        Success,
        InvalidSigningKey,
    }
}
