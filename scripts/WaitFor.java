import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** java scripts/WaitFor.java URL SECONDS: waits until URL answers 200 (no curl needed on a fresh machine). */
public class WaitFor {
    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[1]));
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.exit(1);
    }
}
