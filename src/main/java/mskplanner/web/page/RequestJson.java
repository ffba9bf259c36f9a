package mskplanner.web.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Typed form values become request JSON the API's own mapper reads, so the page gets the API's parsing and its error
 * messages. A number field whose text is not a number is sent as text, and the mapper rejects it naming the field.
 */
final class RequestJson {
    private RequestJson() {
    }

    static void put(ObjectNode node, Field field, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String value = typed.trim();
        if (field.kind() == Field.Kind.YES_NO && (value.equals("true") || value.equals("false"))) {
            node.put(field.name(), Boolean.parseBoolean(value));
            return;
        }
        BigDecimal number = field.kind() == Field.Kind.NUMBER || field.kind() == Field.Kind.WHOLE_NUMBER ? parse(value) : null;
        if (number == null) {
            node.put(field.name(), value);
        } else if (field.kind() == Field.Kind.WHOLE_NUMBER && number.stripTrailingZeros().scale() <= 0
                && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            node.put(field.name(), number.intValueExact());
        } else {
            node.put(field.name(), number);
        }
    }

    private static BigDecimal parse(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
