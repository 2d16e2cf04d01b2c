package app.uptake.training.internal;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a lesson's Markdown into HTML that is safe to put into the page: raw HTML in the Markdown is escaped
 * (shown as text, never run), link and image addresses with unsafe schemes such as {@code javascript:} are
 * emptied, and images that name one of the module's own image files are embedded from the published content.
 * GitHub-style tables are rendered as tables. The first-line {@code # } heading is left out, since the page shows the lesson title itself.
 */
public final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private LessonRenderer() {
    }

    public static String toHtml(String markdown, Map<String, byte[]> images) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
            heading.unlink();
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Image image && images.containsKey(image.getDestination())) {
                        attributes.put("src", dataUri(image.getDestination(), images.get(image.getDestination())));
                    }
                    if ("img".equals(tagName)) {
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
        return "<div class=\"lesson\">" + renderer.render(document) + "</div>";
    }

    private static String dataUri(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png"
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(content);
    }
}
