package cn.dangjian.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HAProxy's health check: on the management port without a sign-in, and not on the users' port. */
@IntegrationTest
class HealthEndpointTest {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int serverPort;

    @Value("${management.server.address}")
    String managementAddress;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_load_balancer_reads_up_with_the_database_check_on_the_management_port() throws Exception {
        assertThat(managementPort).isNotEqualTo(serverPort);
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("mariadb");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    @Test
    void users_port_does_not_serve_the_actuator() throws Exception {
        HttpResponse<String> health = get(serverPort, "/actuator/health");
        assertThat(health.statusCode()).isNotEqualTo(200);
        assertThat(health.body()).doesNotContain("\"status\"");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://" + managementAddress + ":" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
