package mskplanner.web.page.plan;

import mskplanner.engine.format.Format;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Nodes;

/**
 * Every way to run the workload (MSK, Serverless, self-managed EC2 per way of paying, Kinesis), cheapest first, from the
 * plan answer's {@code ranking}, with the cheapest named and the visitor's MSK discount labelled as an assumption.
 *
 * @param rows the ranking
 * @param cheapest the cheapest in a sentence, or empty
 * @param discountNote what the discount is, e.g. "10% assumption: private discount, not an AWS price", or empty
 */
public record Ranking(List<Row> rows, String cheapest, String discountNote) {
    /** One way to run it, as priced. */
    public record Row(String label, String variant, String sizing, BigDecimal monthlyUsd, BigDecimal discountedMonthlyUsd) {
        public BigDecimal annualUsd() {
            return monthlyUsd == null ? null : monthlyUsd.multiply(BigDecimal.valueOf(12));
        }
    }

    public Ranking {
        rows = List.copyOf(rows);
    }

    public boolean present() {
        return !rows.isEmpty();
    }

    public boolean discounted() {
        return rows.stream().anyMatch(r -> r.discountedMonthlyUsd() != null);
    }

    static Ranking of(JsonNode answer) {
        List<Row> rows = Nodes.list(answer, "ranking").stream().map(Ranking::row).toList();
        JsonNode cheapest = answer.get("cheapest");
        String sentence = cheapest == null || cheapest.isNull() ? "" : "The cheapest way to run it: " + name(row(cheapest))
                + ", " + Format.usd(Nodes.decimal(cheapest, "monthlyUsd")) + " per month at list prices.";
        JsonNode discount = answer.get("mskDiscount");
        String note = discount == null || discount.isNull() ? ""
                : Format.number(Nodes.number(discount, "percent", 0)) + "% on MSK: " + Nodes.text(discount, "label");
        return new Ranking(rows, sentence, note);
    }

    private static Row row(JsonNode c) {
        String type = Nodes.text(c, "instanceType");
        String sizing = type.isEmpty() ? "" : Nodes.integer(c, "brokers") + " \u00D7 " + type;
        return new Row(Nodes.text(c, "label"), Nodes.text(c, "variant"), sizing, Nodes.decimal(c, "monthlyUsd"),
                Nodes.decimal(c, "discountedMonthlyUsd"));
    }

    private static String name(Row r) {
        String detail = r.sizing().isEmpty() ? r.variant() : r.sizing() + (r.variant().isEmpty() ? "" : ", " + r.variant());
        return r.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
