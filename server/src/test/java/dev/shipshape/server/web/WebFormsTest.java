package dev.shipshape.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.server.Server;
import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web forms at the HTTP level: CSRF tokens, sign-in, escaping, security headers. */
class WebFormsTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

  @TempDir Path temp;
  private TestDatabase db;
  private TestServer s;
  private HttpClient browser;

  @BeforeEach
  void start() {
    db = TestDatabase.create("sqlite", temp);
    s = TestServer.start(db);
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  @AfterEach
  void stop() {
    s.close();
    db.close();
  }

  @Test
  void formsNeedTheTokenOfThisBrowser() throws Exception {
    signIn();
    String token = csrf(get("/register").body());
    assertThat(post("/register", "name=a&location=" + enc(temp.toString())).statusCode())
        .isEqualTo(403);
    assertThat(
            post("/register", "csrf=" + "0".repeat(64) + "&name=a&location=" + enc(temp.toString()))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> ok =
        post("/register", "csrf=" + token + "&name=a&location=" + enc(temp.toString()));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location")).contains("/repositories/a");
  }

  @Test
  void aWrongTokenDoesNotSignIn() throws Exception {
    String token = csrf(get("/login").body());
    HttpResponse<String> r = post("/login", "csrf=" + token + "&token=ss_wrong");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("That token is not valid.");
    assertThat(post("/register", "csrf=" + token + "&name=a&location=x").statusCode())
        .isEqualTo(401);
  }

  @Test
  void dataIsEscapedAndPagesCarryTheSecurityHeaders() throws Exception {
    Path hostile = Files.createDirectories(temp.resolve("<script>alert(1)</script>"));
    s.post(
        "/api/repositories",
        s.adminToken,
        "{\"name\":\"x\",\"location\":\""
            + hostile.toString().replace("\\", "\\\\")
            + "\",\"scheduleMinutes\":null}");
    HttpResponse<String> page = get("/repositories/x");
    assertThat(page.body())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains(Server.CSP);
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(get("/?q=" + enc("<b>stage nope</b>")).body())
        .contains("&lt;b&gt;stage nope&lt;/b&gt;")
        .doesNotContain("<b>stage");
  }

  @Test
  void aFormRegistrationWithAnUnknownFolderSaysWhy() throws Exception {
    signIn();
    String token = csrf(get("/register").body());
    HttpResponse<String> r =
        post("/register", "csrf=" + token + "&name=a&location=" + enc("/no/such/folder"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("neither a URL nor a folder");
  }

  private void signIn() throws Exception {
    String token = csrf(get("/login").body());
    HttpResponse<String> r = post("/login", "csrf=" + token + "&token=" + enc(s.adminToken));
    assertThat(r.statusCode()).isEqualTo(303);
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF field").isTrue();
    return m.group(1);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(s.url(path))).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(s.url(path)))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
