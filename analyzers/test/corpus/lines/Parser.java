package com.example;

import java.util.List; // trailing

/**
 * Javadoc for the parser.
 * @author someone
 */
public class Parser {
    private static final String OPEN = "/*"; // Java's filters neutralise comment markers in strings
    private static final String CLOSE = "*/";
    private static final String URL = "http://example.com"; // but not //

    /* single line */
    public List<String> parse(String text) {
        // split on commas
        return List.of(text.split(",")); /* trailing block */
    }

    @Override
    public String toString() { return "Parser"; }
}
