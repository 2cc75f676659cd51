package app.kiroku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * In the compose deployments a proxy reaches Kiroku from a docker network address: the app services believe
 * forwarded headers from private addresses (as Tomcat's RemoteIpValve matches them), and HAProxy sends them.
 */
class ComposeProxyTrustTest {

    private static final List<String> APPS = List.of("app", "app1", "app2");

    @Test
    void everyAppServiceTrustsTheDockerNetworksAndLoopbackButNoPublicAddress() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : APPS) {
            @SuppressWarnings("unchecked")
            var environment = (Map<String, Object>) services.get(app).get("environment");
            Object value = environment.get("SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES");
            assertThat(value).as(app).isInstanceOf(String.class);
            Pattern trusted = Pattern.compile((String) value);
            assertThat(List.of(
                            "172.17.0.1",
                            "172.18.0.3",
                            "172.31.255.254",
                            "10.0.5.2",
                            "192.168.65.4",
                            "127.0.0.1",
                            "0:0:0:0:0:0:0:1"))
                    .as(app)
                    .allMatch(address -> trusted.matcher(address).matches());
            assertThat(List.of(
                            "203.0.113.9",
                            "8.8.8.8",
                            "172.32.0.1",
                            "172.15.0.1",
                            "11.0.0.1",
                            "192.169.0.1",
                            "2001:db8::1",
                            "110.0.0.1"))
                    .as(app)
                    .noneMatch(address -> trusted.matcher(address).matches());
        }
    }

    @Test
    void haproxyForwardsTheClientAddressAndProtocol() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("deploy/haproxy.cfg")).stream()
                .map(String::strip)
                .toList();
        assertThat(lines).contains("option forwardfor");
        assertThat(lines).anyMatch(line -> line.startsWith("http-request set-header X-Forwarded-Proto "));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (var reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }
}
