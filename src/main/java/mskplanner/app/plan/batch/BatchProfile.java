package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One profile of a batch as read: its number (1 is the first data row or array element) and its fields as a plan
 * request in JSON, or why it could not be read at all (then {@code fields} is null).
 */
public record BatchProfile(int number, ObjectNode fields, String error) {
    static BatchProfile of(int number, ObjectNode fields) {
        return new BatchProfile(number, fields, null);
    }

    static BatchProfile unreadable(int number, String error) {
        return new BatchProfile(number, null, error);
    }
}
