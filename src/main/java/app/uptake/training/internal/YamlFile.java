package app.uptake.training.internal;

import app.uptake.shared.LocalizedText;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one YAML file at node level, so that every problem carries its line, and reports what does not fit
 * the expected shape instead of throwing.
 */
final class YamlFile {

    static final List<String> LANGUAGES = List.of("en", "de");

    private final Problems problems;
    private final String file;

    YamlFile(Problems problems, String file) {
        this.problems = problems;
        this.file = file;
    }

    String file() {
        return file;
    }

    void problem(Node at, String code, String detail) {
        problems.add(file, line(at), code, detail);
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The document's root node, or null after reporting a syntax error or an empty document. */
    Node compose(String text) {
        try {
            var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            var root = yaml.compose(new StringReader(text));
            if (root == null) {
                problems.add(file, 0, "badValue", file + " is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            var problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            problems.add(file, mark == null ? 0 : mark.getLine() + 1, "yamlSyntax", problem);
            return null;
        } catch (YAMLException e) {
            problems.add(file, 0, "yamlSyntax", e.getMessage());
            return null;
        }
    }

    /** A mapping node, with entries outside {@code allowed} reported as unknown keys; null if not a mapping. */
    Mapping mapping(Node node, String path, Set<String> allowed) {
        if (!(node instanceof MappingNode mappingNode)) {
            problem(node, "badValue", label(path) + ": expected a mapping");
            return null;
        }
        var values = new LinkedHashMap<String, Node>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(tuple.getKeyNode(), "badValue", label(path) + ": a key must be plain text");
                continue;
            }
            var key = keyNode.getValue();
            if (!allowed.contains(key)) {
                problem(keyNode, "unknownKey", child(path, key));
            } else if (values.containsKey(key)) {
                problem(keyNode, "duplicateKey", child(path, key));
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
        return new Mapping(node, path, values);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String label(String path) {
        return path.isEmpty() ? "document" : path;
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    }

    /** The entries of one YAML mapping, with typed access that reports missing keys and wrong types. */
    final class Mapping {

        private final Node node;
        private final String path;
        private final Map<String, Node> values;

        Mapping(Node node, String path, Map<String, Node> values) {
            this.node = node;
            this.path = path;
            this.values = values;
        }

        Node node() {
            return node;
        }

        boolean has(String key) {
            return !isNull(values.get(key));
        }

        Node get(String key) {
            return values.get(key);
        }

        private Node required(String key, boolean required) {
            var value = values.get(key);
            if (isNull(value)) {
                if (required) {
                    problem(value != null ? value : node, "missingKey", child(path, key));
                }
                return null;
            }
            return value;
        }

        String string(String key, boolean required) {
            var value = required(key, required);
            if (value == null) {
                return null;
            }
            if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(value, "badValue", child(path, key) + ": expected a text");
                return null;
            }
            return scalar.getValue();
        }

        Integer integer(String key, boolean required, int min, int max) {
            var value = required(key, required);
            if (value == null) {
                return null;
            }
            Integer number = null;
            if (value instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
                try {
                    number = Integer.valueOf(scalar.getValue());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            if (number == null || number < min || number > max) {
                var range = max == Integer.MAX_VALUE ? "greater than " + (min - 1) : "from " + min + " to " + max;
                problem(value, "badValue", child(path, key) + ": " + text(value) + ", expected an integer " + range);
                return null;
            }
            return number;
        }

        Boolean bool(String key, boolean required) {
            var value = required(key, required);
            if (value == null) {
                return null;
            }
            if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
                return Set.of("true", "yes", "on", "y").contains(scalar.getValue().toLowerCase(Locale.ROOT));
            }
            problem(value, "badValue", child(path, key) + ": " + text(value) + ", expected true or false");
            return null;
        }

        /** A list of texts; absent or null gives an empty list, wrong shapes give null after a problem. */
        List<ScalarNode> strings(String key) {
            var value = values.get(key);
            if (isNull(value)) {
                return List.of();
            }
            if (!(value instanceof SequenceNode sequence)) {
                problem(value, "badValue", child(path, key) + ": expected a list");
                return null;
            }
            var result = new ArrayList<ScalarNode>();
            for (var item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
                    result.add(scalar);
                } else {
                    problem(item, "badValue", child(path, key) + ": expected a list of texts");
                    return null;
                }
            }
            return result;
        }

        /** A list of mappings or other nodes; null after a problem. */
        List<Node> list(String key, boolean required) {
            var value = required(key, required);
            if (value == null) {
                return required ? null : List.of();
            }
            if (!(value instanceof SequenceNode sequence)) {
                problem(value, "badValue", child(path, key) + ": expected a list");
                return null;
            }
            return sequence.getValue();
        }

        /** A map {@code en}, {@code de} → non-empty text; null after reporting what is missing. */
        LocalizedText localized(String key) {
            var value = required(key, true);
            if (value == null) {
                return null;
            }
            var texts = mapping(value, child(path, key), Set.copyOf(LANGUAGES));
            if (texts == null) {
                return null;
            }
            var byLanguage = new LinkedHashMap<String, String>();
            for (var language : LANGUAGES) {
                var text = texts.get(language);
                if (text instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())
                        && !scalar.getValue().isBlank()) {
                    byLanguage.put(language, scalar.getValue());
                } else if (text != null && !isNull(text)) {
                    problem(text, "badValue", child(child(path, key), language) + ": expected a text");
                } else {
                    problem(text != null ? text : value, "missingTranslation", child(child(path, key), language));
                }
            }
            return byLanguage.size() == LANGUAGES.size()
                    ? new LocalizedText(byLanguage.get("en"), byLanguage.get("de"))
                    : null;
        }
    }

    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : node.getNodeId().name();
    }
}
