package mskplanner.web.page.rightsize;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;

/**
 * The right-sizing analysis as the page uses it: the two AWS CLI exports in, the report's JSON (as
 * {@code rightsize --format json} prints it) out. Bad files fail with an InvalidInputException naming what is wrong.
 */
@FunctionalInterface
public interface RightsizeFlow {
    JsonNode analyse(InputStream metricsExport, InputStream clusterDescription) throws Exception;
}
