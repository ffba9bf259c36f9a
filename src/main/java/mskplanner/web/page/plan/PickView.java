package mskplanner.web.page.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.app.plan.ApplyDto;
import mskplanner.app.plan.OptionDto;
import mskplanner.web.page.rightsize.DownloadLink;

/**
 * A recommendation: the pick of one class, or why there is none.
 *
 * @param key overall, m5, m7g or express
 * @param label e.g. {@code Cheapest MSK cluster}, {@code Standard m7g}
 * @param option the pick, or {@code null} when no option of the class fits the quota
 * @param ties the other options of the class that cost the same to the cent, which the pick won by the tie rule
 */
public record PickView(String key, String label, OptionView option, List<OptionDto> ties) {
    /** How the engine breaks a tie (engine.sizing.Recommendations): the first in catalog order, the smaller size. */
    public static final String TIE_RULE = "equal monthly costs go to the smaller broker size (listed first): more,"
            + " smaller brokers lose less of the cluster when one fails";

    public PickView {
        ties = List.copyOf(ties);
    }

    public boolean present() {
        return option != null;
    }

    public boolean tied() {
        return !ties.isEmpty();
    }

    /** E.g. {@code 9 × kafka.m7g.xlarge}. */
    public String tiesText() {
        return String.join(", ", ties.stream().map(t -> t.brokers() + " \u00D7 " + t.instanceType()).toList());
    }

    public boolean overall() {
        return key.equals("overall");
    }

    /** How to create the pick, as the API answers it; null without a pick. */
    public ApplyDto apply() {
        return option == null ? null : option.option().apply();
    }

    /** The pick's create-cluster JSON and Terraform as files to save, carried in the page (no second request). */
    public List<DownloadLink> downloads() {
        ApplyDto apply = apply();
        if (apply == null) {
            return List.of();
        }
        return List.of(DownloadLink.of("json", "create-cluster JSON", "create-cluster-" + key + ".json", "application/json",
                        pretty(apply)),
                DownloadLink.of("tf", "Terraform", "msk-cluster-" + key + ".tf", "text/plain", apply.terraform()));
    }

    private static String pretty(ApplyDto apply) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(apply.createClusterJson()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
