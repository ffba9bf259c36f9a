package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One profile of a batch as read: its number (1 is the first data row or array element), its fields as a plan request
 * in JSON, or why it could not be read at all (then {@code fields} is null), and its label (the {@code label},
 * {@code name} or {@code scenario} column, echoed in its result; null without one).
 */
public record BatchProfile(int number, ObjectNode fields, String error, String label) {
    static BatchProfile of(int number, ObjectNode fields, String label) {
        return new BatchProfile(number, fields, null, label);
    }

    static BatchProfile unreadable(int number, String error, String label) {
        return new BatchProfile(number, null, error, label);
    }
}
