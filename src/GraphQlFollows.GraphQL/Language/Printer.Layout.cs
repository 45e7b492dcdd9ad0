using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>Composition of printed parts: empty parts vanish, together with the separators and wrappers around them.</summary>
public static partial class Printer
{
    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => JoinStrings(PrintAll(nodes), separator);

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    private static string JoinParts(string separator, params ReadOnlySpan<string> parts) => JoinStrings(parts, separator);

    private static string JoinStrings(ReadOnlySpan<string> parts, string separator)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length != 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>The length of the non-empty parts joined by a separator, without joining them.</summary>
    private static int JoinedLength(string[] parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }

    private static string Wrap(string start, string inner, string end = "") => inner.Length == 0 ? string.Empty : start + inner + end;

    private static string Wrap(string start, Node? node) => node is null ? string.Empty : Wrap(start, Print(node));

    private static string Wrap(Node? node) => node is null ? string.Empty : Print(node);

    private static string Description(StringValueNode? description) => description is null ? string.Empty : Print(description) + "\n";

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : Node => nodes.Count == 0 ? string.Empty : BlockOf(Join(nodes, "\n"));

    private static string BlockOf(string inner) => inner.Length == 0 ? string.Empty : "{\n" + Indent(inner) + "\n}";

    /// <summary>Two spaces before every line, blank lines included.</summary>
    private static string Indent(string text) => text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        foreach (var node in nodes)
        {
            if (Print(node).Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
