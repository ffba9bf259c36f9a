package mskplanner.web.page.rightsize;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Map;

/**
 * The right-sizing analysis as the page uses it: the two AWS CLI exports and the settings the visitor typed
 * ({@code replicationFactor}, {@code peakPercentile}; absent = the defaults) in, the report's JSON (as
 * {@code rightsize --format json} prints it) out. Bad input fails with an InvalidInputException naming what is wrong.
 */
@FunctionalInterface
public interface RightsizeFlow {
    JsonNode analyse(InputStream metricsExport, InputStream clusterDescription, Map<String, String> settings) throws Exception;
}
