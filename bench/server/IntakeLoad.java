import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load on the native events webhook: THREADS senders post one new deployment each,
 * wait for the answer, and post the next, for WARMUP then MEASURE seconds. Loopback only; stops by
 * itself. Run: java IntakeLoad.java URL TOKEN PROJECT [THREADS] [WARMUP_S] [MEASURE_S]
 */
public class IntakeLoad {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0] + "/api/projects/" + args[2] + "/events");
    if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
      throw new IllegalArgumentException("loopback only");
    }
    String token = args[1];
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    long warmup = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 5).toNanos();
    long measure = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 20).toNanos();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long start = System.nanoTime();
    long measureFrom = start + warmup;
    long end = measureFrom + measure;
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    AtomicInteger errors = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      int me = t;
      latencies[me] = new long[2_000_000 / threads];
      new Thread(() -> {
        try {
          for (int i = 0; ; i++) {
            long before = System.nanoTime();
            if (before >= end) {
              break;
            }
            String body = "{\"type\":\"deployment\",\"id\":\"load-" + start + "-" + me + "-" + i
                + "\",\"service\":\"api\",\"environment\":\"production\",\"commit\":\"abcdef1\","
                + "\"finishedAt\":\"2026-01-05T10:00:00Z\",\"result\":\"success\"}";
            HttpRequest r = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
            long after = System.nanoTime();
            if (res.statusCode() != 200) {
              errors.incrementAndGet();
            } else if (before >= measureFrom && counts[me] < latencies[me].length) {
              latencies[me][counts[me]++] = after - before;
            }
          }
        } catch (Exception e) {
          errors.incrementAndGet();
        } finally {
          done.countDown();
        }
      }).start();
    }
    done.await();
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int k = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(latencies[t], 0, all, k, counts[t]);
      k += counts[t];
    }
    Arrays.sort(all);
    double seconds = measure / 1e9;
    System.out.printf("intake: %d threads, %.0f s measured: %d events acknowledged, %.0f events/s,"
            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
        threads, seconds, total, total / seconds, pct(all, 0.50), pct(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
  }

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
  }
}
