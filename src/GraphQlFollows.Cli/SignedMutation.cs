using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.Cli;

/// <summary>
/// One mutation of the API with its signed input: <c>mutation Op { field(input: {…}) { selection } }</c>.
/// It is written either with the input inlined (to paste into an IDE) or as a GraphQL-over-HTTP JSON body
/// with the input in <c>variables</c>.
/// </summary>
/// <param name="Field">The mutation field, such as <c>follow</c>.</param>
/// <param name="InputType">The type of its <c>input</c> argument, such as <c>FollowRequest</c>.</param>
/// <param name="Input">The input fields in the order they are written; values are strings or lists of strings.</param>
/// <param name="Selection">The selection set of the response, braces included.</param>
internal sealed record SignedMutation(
    string Field, string InputType, IReadOnlyList<KeyValuePair<string, object>> Input, string Selection)
{
    // Base64 keys and JSON messages stay readable: '+' and '"' are not written as \u escapes where JSON allows.
    private static readonly JsonWriterOptions BodyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The operation name: the field's name with a capital, such as <c>Follow</c>.</summary>
    public string OperationName => char.ToUpperInvariant(Field[0]) + Field[1..];

    /// <summary>The document with the input written as a literal, formatted by the engine's printer.</summary>
    public string InlineDocument() =>
        Printer.Print(Parser.Parse($"mutation {OperationName} {{ {Field}(input: {Printer.Print(InputLiteral())}) {Selection} }}"));

    /// <summary>The document that takes the input as the variable <c>$input</c>.</summary>
    public string VariablesDocument() =>
        Printer.Print(Parser.Parse($"mutation {OperationName}($input: {InputType}!) {{ {Field}(input: $input) {Selection} }}"));

    /// <summary>The JSON request body: <c>query</c>, <c>operationName</c> and <c>variables</c>.</summary>
    public string JsonBody()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, BodyOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("query", VariablesDocument());
            writer.WriteString("operationName", OperationName);
            writer.WriteStartObject("variables");
            writer.WritePropertyName("input");
            WriteInput(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private ObjectValueNode InputLiteral() =>
        new([.. Input.Select(field => new ObjectFieldNode(new NameNode(field.Key), Literal(field.Value)))]);

    private static ValueNode Literal(object value) => value switch
    {
        string text => new StringValueNode(text),
        IEnumerable<string> texts => new ListValueNode([.. texts.Select(text => new StringValueNode(text))]),
        _ => throw NotAnInputValue(value),
    };

    private void WriteInput(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in Input)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case IEnumerable<string> texts:
                writer.WriteStartArray();
                foreach (var text in texts)
                {
                    writer.WriteStringValue(text);
                }
                writer.WriteEndArray();
                break;
            default:
                throw NotAnInputValue(value);
        }
    }

    private static ArgumentException NotAnInputValue(object value) =>
        new($"Input values are strings or lists of strings, not {value.GetType().Name}.", nameof(value));
}
