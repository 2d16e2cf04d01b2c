package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonRendererTest {

    @Test
    void rawHtmlAndScriptLinksAreNeverRendered() {
        String html = LessonRenderer.toHtml("""
                # Title

                Text <script>alert(1)</script> and [x](javascript:alert(1)).

                <script>alert(2)</script>

                <img src=x onerror=alert(3)>

                ![pic](javascript:alert(4))
                """, Map.of());
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img src=\"x\"")
                .doesNotContain("<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<a rel=\"nofollow\" href=\"\">x</a>");
    }

    @Test
    void rendersPlainMarkdownWithoutTheTitleLine() {
        String html = LessonRenderer.toHtml("# The title\n\n## Part\n\nSome *words* and [a link](https://example.com).\n",
                Map.of());
        assertThat(html).startsWith("<div class=\"lesson\">").endsWith("</div>").doesNotContain("The title")
                .contains("<h2>Part</h2>").contains("<em>words</em>").contains("href=\"https://example.com\">a link</a>");
    }

    @Test
    void imagesOfTheModuleAreEmbeddedFromThePublishedContent() {
        String html = LessonRenderer.toHtml("# T\n\n![Goal map](goal-map.en.svg)\n\n![Other](other.png)\n",
                Map.of("goal-map.en.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(html).contains("src=\"data:image/svg+xml;base64,PHN2Zy8+\"").contains("alt=\"Goal map\"")
                .contains("src=\"other.png\"");
    }

    @Test
    void tablesAreRenderedAsTablesWithTheirCellsEscaped() {
        String html = LessonRenderer.toHtml("# T\n\n| Channel | Logged as |\n|---|---|\n| Phone | *call* |\n"
                + "| <script>x</script> | e-mail |\n", Map.of());
        assertThat(html).contains("<table>", "<th>Channel</th>", "<td>Phone</td>", "<td><em>call</em></td>",
                "<td>&lt;script&gt;x&lt;/script&gt;</td>").doesNotContain("<script>");
    }
}
