package mskplanner.metrics.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.ClusterDescription.ClusterType;
import mskplanner.engine.rightsize.ClusterDescription.StorageMode;
import mskplanner.metrics.ClusterArn;

/**
 * Reads what {@code aws kafka describe-cluster-v2 --cluster-arn ARN} prints ({@code {"ClusterInfo":{...}}}; the
 * lowerCamel names of the REST API are accepted too). The region comes from the ARN; broker ids from the metrics.
 */
public final class ClusterFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DEFAULT_AVAILABILITY_ZONES = 3;

    private ClusterFile() {
    }

    public static ClusterDescription read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("cluster file", "malformed JSON at line " + e.getLocation().getLineNr(),
                    "the JSON printed by aws kafka describe-cluster-v2");
        }
        JsonNode info = field(root, "ClusterInfo");
        if (info.isMissingNode()) {
            throw new InvalidInputException("ClusterInfo", "missing", "the JSON printed by aws kafka describe-cluster-v2");
        }
        ClusterArn arn = ClusterArn.parse(text(info, "ClusterArn"));
        String name = info.has("ClusterName") || info.has("clusterName") ? text(info, "ClusterName") : arn.clusterName();
        ClusterType type = "SERVERLESS".equalsIgnoreCase(text(info, "ClusterType")) ? ClusterType.SERVERLESS : ClusterType.PROVISIONED;
        if (type == ClusterType.SERVERLESS) {
            return new ClusterDescription(arn.value(), name, arn.region(), type, "", 0, 0, 0, StorageMode.LOCAL,
                    List.of(), DEFAULT_AVAILABILITY_ZONES, text(info, "CurrentVersion"));
        }
        JsonNode provisioned = field(info, "Provisioned");
        JsonNode group = field(provisioned, "BrokerNodeGroupInfo");
        JsonNode ebs = field(field(group, "StorageInfo"), "EbsStorageInfo");
        JsonNode pst = field(ebs, "ProvisionedThroughput");
        JsonNode subnets = field(group, "ClientSubnets");
        double throughput = field(pst, "Enabled").asBoolean(false) ? field(pst, "VolumeThroughput").asDouble(0) : 0;
        return new ClusterDescription(arn.value(), name, arn.region(), type, text(group, "InstanceType"),
                field(provisioned, "NumberOfBrokerNodes").asInt(0), field(ebs, "VolumeSize").asDouble(0), throughput,
                "TIERED".equalsIgnoreCase(text(provisioned, "StorageMode")) ? StorageMode.TIERED : StorageMode.LOCAL,
                List.of(), subnets.isArray() && subnets.size() > 0 ? subnets.size() : DEFAULT_AVAILABILITY_ZONES,
                text(info, "CurrentVersion"));
    }

    /** A field by its AWS CLI name (PascalCase) or its REST API name (lowerCamel). */
    private static JsonNode field(JsonNode node, String pascal) {
        JsonNode value = node.path(pascal);
        return value.isMissingNode() ? node.path(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1)) : value;
    }

    private static String text(JsonNode node, String pascal) {
        JsonNode value = field(node, pascal);
        return value.isValueNode() ? value.asText() : null;
    }
}
