package mskplanner.cli;

/** The output formats of {@code estimate} and {@code plan}. */
public enum OutputFormat {
    table, json, csv
}
