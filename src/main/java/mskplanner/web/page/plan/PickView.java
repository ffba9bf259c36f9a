package mskplanner.web.page.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.app.plan.ApplyDto;
import mskplanner.web.page.rightsize.DownloadLink;

/**
 * A recommendation: the pick of one class, or why there is none.
 *
 * @param key overall, m5, m7g or express
 * @param label e.g. {@code Standard m7g}
 * @param option the pick, or {@code null} when no option of the class fits the quota
 */
public record PickView(String key, String label, OptionView option) {
    public boolean present() {
        return option != null;
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
