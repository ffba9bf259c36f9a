package mskplanner.pricing.aws;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the mapping between Price List usage types (without their region prefix) and price item keys.
 *
 * @param service the Price List service code
 * @param usageType the usage type without region prefix, as a regular expression over the whole string
 * @param itemTemplate the item key, with {@code $1}, {@code $2} for the usage type's groups
 * @param item the item key as a regular expression (the reverse direction)
 * @param usageTypeTemplate a usage type for an item, with the item's groups (the reverse direction)
 * @param unit the planner unit written to the price file
 * @param awsUnit the unit AWS publishes (or is expected to) for this usage type
 * @param conversion how the published price becomes the planner price
 * @param term which term of the product holds the price
 * @param verified whether the usage type was seen in a published Price List capture (false: a guess, see docs)
 */
public record UsageTypeRule(String service, Pattern usageType, String itemTemplate, Pattern item, String usageTypeTemplate,
                            String unit, String awsUnit, Conversion conversion, TermKind term, boolean verified) {

    static UsageTypeRule fixed(String service, String usageTypeRegex, String canonicalUsageType, String item, String unit,
                               String awsUnit, boolean verified) {
        return new UsageTypeRule(service, Pattern.compile(usageTypeRegex), item, Pattern.compile(Pattern.quote(item)),
                canonicalUsageType, unit, awsUnit, Conversion.NONE, TermKind.ON_DEMAND, verified);
    }

    UsageTypeRule converting(Conversion how) {
        return new UsageTypeRule(service, usageType, itemTemplate, item, usageTypeTemplate, unit, awsUnit, how, term, verified);
    }

    /** The item key for a usage type (region prefix removed) of this rule's service, if it matches. */
    Optional<String> itemFor(String service, String usageTypeSuffix) {
        if (!this.service.equals(service)) {
            return Optional.empty();
        }
        Matcher m = usageType.matcher(usageTypeSuffix);
        return m.matches() ? Optional.of(m.replaceFirst(itemTemplate)) : Optional.empty();
    }

    /** The usage type (without region prefix) that prices an item, if this rule covers it. */
    Optional<String> usageTypeFor(String itemKey) {
        Matcher m = item.matcher(itemKey);
        return m.matches() ? Optional.of(m.replaceFirst(usageTypeTemplate)) : Optional.empty();
    }

    boolean covers(String itemKey) {
        return item.matcher(itemKey).matches();
    }
}
