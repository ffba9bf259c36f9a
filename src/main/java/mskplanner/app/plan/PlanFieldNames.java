package mskplanner.app.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewords the engine's errors, which name JSON fields, with the names the user typed: flags on the command line,
 * labels on the page. Only camelCase names are replaced inside a sentence; a one-word name such as "partitions" is
 * also an English word, so it is only renamed where it is the field in error.
 */
public final class PlanFieldNames {
    private static final Pattern CAMEL_CASE_NAMES = Pattern.compile(Arrays.stream(PlanField.values())
            .map(PlanField::fieldName).filter(n -> !n.equals(n.toLowerCase(java.util.Locale.ROOT)))
            .collect(Collectors.joining("|", "\\b(", ")\\b")));

    private PlanFieldNames() {
    }

    /** The field as the user knows it, or the name unchanged when it is not a plan field (e.g. {@code --file}). */
    public static String field(String name, Function<PlanField, String> as) {
        return name == null ? null : PlanField.named(name).map(as).orElse(name);
    }

    /** The text with each plan field named as {@code as} names it. */
    public static String inText(String text, Function<PlanField, String> as) {
        if (text == null) {
            return null;
        }
        Matcher m = CAMEL_CASE_NAMES.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Optional<PlanField> field = PlanField.named(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(field.map(as).orElse(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
