package org.flipside.scheme;

import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's parser messages into plain English with a fix. */
final class ParseErrors {

    /** Said wherever a flow list breaks on prose, as SCHEME.md promises. */
    static final String FLOW_LIST_MESSAGE = "the text needs quotes (or a `- ` list): a `?` just before `]` breaks"
            + " a `[...]` list, as a comma splits one";
    static final String FLOW_LIST_FIX = "write [\"What would make this a safe space for you?\"], or put each item"
            + " on its own line starting with `- `";

    private ParseErrors() {}

    static Problem explain(MarkedYAMLException e, String name, String text) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Location where = YamlReader.at(name, mark);
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();

        if (problem.contains("but got ?") || (context.contains("flow") && nearQuestionMark(text, mark))) {
            return Problem.error(where, FLOW_LIST_MESSAGE, FLOW_LIST_FIX);
        }
        if (problem.contains("Global tag is not allowed")) {
            String tag = problem.substring(problem.indexOf(':') + 1).trim();
            tag = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
            return Problem.error(where, "`" + tag + "` is a YAML tag; scheme files may not use tags",
                    "remove `" + tag + "` and write the value as plain text");
        }
        if (problem.contains("TAB")) {
            return Problem.error(where, "YAML indents with spaces, not tabs", "replace the tab with spaces");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.error(where, "a `:` followed by a space starts a new key here, which YAML does not allow"
                            + " inside this value",
                    "put the text in quotes (\"...\"), or check the indentation of this line");
        }
        if (problem.contains("found unexpected end of stream") && context.contains("quoted")) {
            return Problem.error(YamlReader.at(name, e.getContextMark()), "this quoted text is never closed",
                    "add the closing quote");
        }
        if (problem.contains("found undefined alias")) {
            return Problem.error(where, "`*" + problem.replaceAll(".*alias\\s*", "").trim()
                            + "` refers to an anchor (`&name`) that is not defined above it",
                    "define the anchor first, or write the value out in full");
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            return Problem.error(where, "a `[...]` or `{...}` list is broken here (" + problem + ")",
                    "put text containing `,`, `:`, `?`, `[` or `]` in quotes, or write a `- ` list");
        }
        if (context.contains("expected a single document") || problem.contains("expected a single document")) {
            return Problem.error(where, "the file holds more than one YAML document (a second `---` line)",
                    "keep one document: delete the second `---` and merge what follows into the first");
        }
        if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")
                || problem.contains("did not find expected")) {
            return Problem.error(where, "this line does not fit the structure above it (" + problem.trim() + ")",
                    "check its indentation (spaces only; keys of one mapping line up exactly) and that text"
                            + " with `:` or `#` is quoted");
        }
        return Problem.error(where, "the YAML cannot be read here: " + (context + " " + problem).trim(),
                "check this line and the one above for indentation, quotes and brackets");
    }

    static Problem explain(YAMLException e, String name) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Location whole = Location.ofFile(name);
        if (message.contains("Number of aliases")) {
            return Problem.error(whole, "the file uses more than " + YamlReader.MAX_COLLECTION_ALIASES
                            + " aliases (`*name`) of lists or mappings; Flipside refuses such files because they can"
                            + " expand to billions of values (a \"billion laughs\" file)",
                    "write the values out, or use fewer aliases");
        }
        if (message.contains("Nesting Depth")) {
            return Problem.error(whole, "the file is nested more than " + YamlReader.MAX_NESTING + " levels deep",
                    "a scheme file needs only a few levels; check the indentation");
        }
        if (message.contains("code point")) {
            return Problem.error(whole, "is larger than 1 MiB; a scheme file may be at most 1 MiB", "");
        }
        return Problem.error(whole, "the YAML cannot be read: " + message.lines().findFirst().orElse(""),
                "check the file's indentation, quotes and brackets");
    }

    private static boolean nearQuestionMark(String text, Mark mark) {
        if (mark == null) return false;
        int index = mark.getIndex();
        for (int i = Math.max(0, index - 2); i < Math.min(text.length(), index + 2); i++) {
            if (text.charAt(i) == '?') return true;
        }
        return false;
    }
}
