package dev.shipshape.facts.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of secret with a positive and a negative line. Secrets are assembled at run time. */
class SecretScannerTest {
  record Row(String kind, String text) {}

  /** Joined at run time, so that this file holds no secret a scanner would flag. */
  static String j(String... parts) {
    return String.join("", parts);
  }

  static final String HEX32 = "0123456789abcdef0123456789abcdef";
  static final String ALNUM36 = "Zq8Rt2Lm9Xv4Kp7Wn3Yb6Hc1Jd5Fg0Se2Ua7";

  static List<Row> secrets() {
    return List.of(
        new Row("private key", j("-----BEGIN ", "RSA PRIVATE KEY-----\nMIIE\n")),
        new Row("private key", j("-----BEGIN ", "OPENSSH PRIVATE KEY-----")),
        new Row(
            "GCP service account key",
            j(
                "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN ",
                "PRIVATE KEY-----\\nMII\"}")),
        new Row("AWS access key", j("aws_access_key_id = AKIA", "Z7Q2M4N6P8R0T3V5")),
        new Row("AWS access key", j("key: ASIA", "Z7Q2M4N6P8R0T3V5")),
        new Row(
            "Azure storage account key",
            j(
                "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=",
                "a".repeat(42),
                "B1c2".repeat(11),
                "==")),
        new Row("Google API key", j("key=AIza", "Sy", ALNUM36.substring(0, 33))),
        new Row("GitHub token", j("GH=ghp", "_", ALNUM36)),
        new Row("GitHub token", j("t: github", "_pat_", "11ABCDEFG0", ALNUM36)),
        new Row("GitLab token", j("glpat", "-", "xR4t9Lm2Qz7Vb1Nc5Hd8")),
        new Row(
            "Slack webhook",
            j(
                "https://hooks.slack.com/services/",
                "T0123ABCD/B0456EFGH/",
                "q8Rt2Lm9Xv4Kp7Wn3Yb6Hc1J")),
        new Row("Slack token", j("xox", "b-", "1234567890-", ALNUM36)),
        new Row(
            "Discord webhook",
            j("https://discord.com/api/webhooks/", "123456789012345678/", ALNUM36)),
        new Row(
            "Microsoft Teams webhook",
            j("https://acme.webhook.office.com/", "webhookb2/", ALNUM36, "@", HEX32)),
        new Row("Stripe secret key", j("STRIPE=sk", "_live_", ALNUM36.substring(0, 24))),
        new Row("Twilio API key", j("twilio: SK", HEX32)),
        new Row("npm token", j("//registry.npmjs.org/:_authToken=npm", "_", ALNUM36)),
        new Row("high-entropy credential", j("db_password: \"", "pQ7x!Lz2#rT9vK4m", "\"")),
        new Row("high-entropy credential", j("API_KEY=", "f3B9kQ2xL7mZp4Rt8Vw1")),
        new Row("high-entropy credential", j("client_secret = '", "aZ9kd73LqP0xw2Nv5", "'")));
  }

  static List<String> harmless() {
    return List.of(
        j("-----BEGIN ", "PUBLIC KEY-----"),
        j("-----BEGIN ", "CERTIFICATE-----"),
        j("aws_access_key_id = AKIA", "IOSFODNN7EXAMPLE"),
        "password: ${DB_PASSWORD}",
        "password: changeme123456",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "String password = request.getParameter(\"password\");",
        "private static final String TOKEN_HEADER = \"X-Auth-Token-Header\";",
        "api_key: <your-api-key-here-1234>",
        "secret_key = xxxxxxxxxxxxxxxxxxxx",
        "token_url = https://auth.example.org/oauth2/token123",
        "if (password == \"aZ9kd73LqP0xw2Nv5\") {}",
        "password: aaaaaaaaaaaa1111",
        j("https://hooks.slack.com/services/", "T00000000/B00000000/", "XXXXXXXXXXXXXXXXXXXXXXXX"),
        "the TASK and DISK and ASK words are not keys");
  }

  @ParameterizedTest
  @MethodSource("secrets")
  void findsEachKindAndItsLine(Row row) {
    String text = "first line\n" + row.text() + "\nlast line\n";
    List<SecretScanner.Finding> findings = SecretScanner.scan(text);
    assertThat(findings).containsExactly(new SecretScanner.Finding(row.kind(), 2));
  }

  @ParameterizedTest
  @MethodSource("harmless")
  void ignoresPublicKeysPlaceholdersReferencesAndLowEntropy(String line) {
    assertThat(SecretScanner.scan("x\n" + line + "\n")).isEmpty();
  }
}
