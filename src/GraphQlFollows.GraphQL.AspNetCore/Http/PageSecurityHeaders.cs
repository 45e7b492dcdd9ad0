namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>
/// The headers of the HTML pages a server sends (the IDE, an application's own pages) and of the files they load.
/// A page gets its Content-Security-Policy, may not be framed by another site (<c>frame-ancestors 'none'</c>, and
/// <c>X-Frame-Options</c> for older browsers), and sends no referrer; nothing it serves is sniffed for another type.
/// </summary>
public static class PageSecurityHeaders
{
    /// <param name="contentSecurityPolicy">The page's policy, without <c>frame-ancestors</c>, which this adds.</param>
    public static void AddToPage(HttpResponse response, string contentSecurityPolicy)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy + "; frame-ancestors 'none'";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        AddToFile(response);
    }

    /// <summary>For the scripts, styles and images a page loads.</summary>
    public static void AddToFile(HttpResponse response) => response.Headers.XContentTypeOptions = "nosniff";
}
