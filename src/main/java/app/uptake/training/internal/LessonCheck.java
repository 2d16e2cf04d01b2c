package app.uptake.training.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.Locale;
import java.util.Set;

/** Checks one lesson file: a {@code # } title on the first line, no raw HTML, images beside it, https links. */
final class LessonCheck {

    static final Set<String> IMAGE_EXTENSIONS = Set.of("svg", "png", "jpg", "jpeg");

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private LessonCheck() {
    }

    /** The lesson's title, or null after reporting that it has none; other problems are reported too. */
    static String check(Problems problems, String file, String markdown, Set<String> filesInModule) {
        var firstLine = markdown.lines().findFirst().orElse("");
        String title = null;
        if (firstLine.startsWith("# ") && !firstLine.substring(2).isBlank()) {
            title = firstLine.substring(2).strip();
        } else {
            problems.add(file, 1, "noTitle", file);
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                problems.add(file, line(htmlBlock), "rawHtml", excerpt(htmlBlock.getLiteral()));
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                problems.add(file, line(htmlInline), "rawHtml", excerpt(htmlInline.getLiteral()));
            }

            @Override
            public void visit(Image image) {
                var destination = image.getDestination();
                if (!isImageBeside(destination, filesInModule)) {
                    problems.add(file, line(image), "brokenImage", destination);
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                var destination = link.getDestination();
                if (!destination.startsWith("https://") && !destination.startsWith("mailto:")) {
                    problems.add(file, line(link), "badLink", destination);
                }
                visitChildren(link);
            }
        });
        return title;
    }

    /** A plain file name (no folder, no scheme, no {@code ..}) of an existing image in the module folder. */
    static boolean isImageBeside(String destination, Set<String> filesInModule) {
        if (destination == null || destination.isBlank() || destination.contains("/") || destination.contains("\\")
                || destination.contains(":") || destination.startsWith(".")) {
            return false;
        }
        return IMAGE_EXTENSIONS.contains(extension(destination)) && filesInModule.contains(destination);
    }

    static String extension(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int line(Node node) {
        var spans = node.getSourceSpans();
        return spans == null || spans.isEmpty() ? 0 : spans.getFirst().getLineIndex() + 1;
    }

    private static String excerpt(String literal) {
        var first = literal.strip().lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 60) + "…" : first;
    }
}
