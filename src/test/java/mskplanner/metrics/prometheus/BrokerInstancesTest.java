package mskplanner.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokerInstancesTest {
    @ParameterizedTest
    @CsvSource({
            "b-1.orders.x1y2z3.c2.kafka.us-east-1.amazonaws.com:11001, 1",
            "b-12.orders.x1y2z3.c2.kafka.us-east-1.amazonaws.com:11002, 12",
            "b-3.orders.x1y2z3.c2.kafka.us-east-1.amazonaws.com, 3",
            "kafka-0.kafka.svc:9404, kafka-0.kafka.svc",
            "10.0.1.7:9100, 10.0.1.7",
            "'[2001:db8::7]:9100', 2001:db8::7"})
    void the_broker_is_the_msk_broker_number_or_else_the_host(String instance, String broker) {
        assertThat(BrokerInstances.brokerId(instance)).isEqualTo(broker);
    }
}
