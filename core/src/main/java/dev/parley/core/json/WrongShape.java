package dev.parley.core.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A value of the wrong JSON shape, with a message fit for the client ("must be ..."). */
final class WrongShape extends MismatchedInputException {
    private final String rule;

    WrongShape(JsonParser parser, String rule, Class<?> target) {
        super(parser, rule, target);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
