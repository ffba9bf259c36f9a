package mskplanner.web.page;

import java.util.List;

/**
 * One input of a form: its request name (the API's field name), what the label says, the unit it is in, a line of
 * help, the value a fresh form starts with, and for selects the allowed values.
 */
public record Field(String name, String label, String unit, String help, Kind kind, String defaultValue,
                    List<Option> options) {
    public enum Kind { NUMBER, WHOLE_NUMBER, TEXT, SELECT, YES_NO }

    /** A choice of a select: the value sent and the text shown. */
    public record Option(String value, String text) {
    }

    public Field {
        options = List.copyOf(options);
        defaultValue = defaultValue == null ? "" : defaultValue;
    }

    public static Field number(String name, String label, String unit, String defaultValue, String help) {
        return new Field(name, label, unit, help, Kind.NUMBER, defaultValue, List.of());
    }

    public static Field wholeNumber(String name, String label, String unit, String defaultValue, String help) {
        return new Field(name, label, unit, help, Kind.WHOLE_NUMBER, defaultValue, List.of());
    }

    public static Field text(String name, String label, String defaultValue, String help) {
        return new Field(name, label, "", help, Kind.TEXT, defaultValue, List.of());
    }

    public static Field select(String name, String label, String defaultValue, String help, List<Option> options) {
        return new Field(name, label, "", help, Kind.SELECT, defaultValue, options);
    }

    /** A true/false choice, sent as a JSON boolean. */
    public static Field yesNo(String name, String label, boolean defaultValue, String help) {
        return new Field(name, label, "", help, Kind.YES_NO, String.valueOf(defaultValue),
                List.of(new Option("true", "Yes"), new Option("false", "No")));
    }

    /** A true/false choice that may be left empty (the API's default applies), sent as a JSON boolean. */
    public static Field optionalYesNo(String name, String label, String emptyText, String help) {
        return new Field(name, label, "", help, Kind.YES_NO, "",
                List.of(new Option("", emptyText), new Option("true", "Yes"), new Option("false", "No")));
    }

    /** The same field under another input name, e.g. {@code c2.brokers} for the third cluster. */
    public Field named(String inputName) {
        return new Field(inputName, label, unit, help, kind, defaultValue, options);
    }

    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    public boolean hasHelp() {
        return help != null && !help.isBlank();
    }

    public boolean isSelect() {
        return kind == Kind.SELECT || kind == Kind.YES_NO;
    }

    /** Mobile keyboards: digits only for whole numbers. Inputs stay type=text so a typo is sent back, not dropped. */
    public String inputMode() {
        return switch (kind) {
            case NUMBER -> "decimal";
            case WHOLE_NUMBER -> "numeric";
            default -> null;
        };
    }

    /**
     * The option a select shows for a submitted value: a blank one shows the default, which is what the API assumes
     * for a missing field (a select cannot show "blank" without an extra choice that would mean the same).
     */
    public String selected(String current) {
        return current == null || current.isBlank() ? defaultValue : current;
    }

    /**
     * The options to render for a current value: a value that is not a known option (a typo in a shared link) is kept
     * as an extra option, so the re-rendered form still shows what was sent.
     */
    public List<Option> optionsFor(String submitted) {
        String current = selected(submitted);
        if (current == null || current.isEmpty() || options.stream().anyMatch(o -> o.value().equals(current))) {
            return options;
        }
        List<Option> all = new java.util.ArrayList<>(options);
        all.add(new Option(current, current + " (not recognised)"));
        return all;
    }
}
