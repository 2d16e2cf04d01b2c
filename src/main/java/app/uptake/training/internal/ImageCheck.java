package app.uptake.training.internal;

import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks image files: PNG and JPEG by signature, SVG as well-formed XML without scripts or external references. */
final class ImageCheck {

    private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*['\"]?(?!#)", Pattern.CASE_INSENSITIVE);

    private ImageCheck() {
    }

    static void check(Problems problems, String file, byte[] bytes) {
        switch (LessonCheck.extension(file)) {
            case "png" -> {
                if (!startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                    problems.add(file, 0, "badImage", file);
                }
            }
            case "jpg", "jpeg" -> {
                if (!startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
                    problems.add(file, 0, "badImage", file);
                }
            }
            case "svg" -> {
                var problem = svgProblem(bytes);
                if (problem != null) {
                    problems.add(file, 0, "badSvg", problem);
                }
            }
            default -> problems.add(file, 0, "unexpectedFile", file);
        }
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Why the SVG is not allowed, or null if it is. */
    static String svgProblem(byte[] bytes) {
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXParseException e) {
            return "not well-formed XML (line " + e.getLineNumber() + "): " + e.getMessage();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return "not well-formed XML: " + e.getMessage();
        }
        if (!"svg".equals(root.getLocalName())) {
            return "root element is " + root.getTagName() + ", not svg";
        }
        return elementProblem(root);
    }

    private static String elementProblem(Element element) {
        var name = element.getLocalName();
        if ("script".equalsIgnoreCase(name) || "foreignObject".equalsIgnoreCase(name)) {
            return name + " element";
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            var attributeName = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
            var value = attribute.getNodeValue();
            if (attributeName.toLowerCase(Locale.ROOT).startsWith("on")) {
                return "event handler " + attribute.getNodeName() + " on " + name;
            }
            if ("href".equals(attributeName) && !value.strip().startsWith("#")) {
                return "external reference " + value + " on " + name;
            }
            if (EXTERNAL_URL.matcher(value).find()) {
                return "external reference " + value + " on " + name;
            }
        }
        if ("style".equals(name) && EXTERNAL_URL.matcher(element.getTextContent()).find()
                || "style".equals(name) && element.getTextContent().contains("@import")) {
            return "external reference in style element";
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                var problem = elementProblem(childElement);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }
}
