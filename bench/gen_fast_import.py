#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic but realistically shaped repository.

Usage: gen_fast_import.py COMMITS FILES > stream   (deterministic: the same arguments give the
same repository). See bench/README.md.
"""
import random
import sys

COMMITS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
FILES = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
YEARS = 5
START = 1_600_000_000  # 2020-09-13
SPAN = YEARS * 365 * 86400
MERGE_SHARE = 0.10
LINKED_SHARE = 0.60
TAG_EVERY = 14 * 86400

rnd = random.Random(42)
out = sys.stdout.buffer

AUTHORS = [
    (f"{first} {last}", f"{first.lower()}.{last.lower()}@example.org", tz)
    for first, last, tz in [
        ("Ada", "Lovelace", "+0000"), ("Grace", "Hopper", "-0500"), ("Linus", "Torvalds", "-0800"),
        ("Margaret", "Hamilton", "-0500"), ("Ken", "Thompson", "-0800"), ("Barbara", "Liskov", "-0500"),
        ("Edsger", "Dijkstra", "+0100"), ("Frances", "Allen", "-0500"), ("Donald", "Knuth", "-0800"),
        ("Radia", "Perlman", "-0500"), ("Bjarne", "Stroustrup", "+0100"), ("Sophie", "Wilson", "+0000"),
        ("Yukihiro", "Matsumoto", "+0900"), ("Guido", "Rossum", "+0100"), ("Anders", "Hejlsberg", "+0100"),
        ("Hedy", "Lamarr", "+0100"), ("Alan", "Kay", "-0800"), ("Shafi", "Goldwasser", "+0200"),
    ]
]
AUTHOR_WEIGHTS = [max(1, 30 - 2 * i) for i in range(len(AUTHORS))]
MODULES = ["billing", "orders", "catalog", "accounts", "shipping", "search", "payments", "audit",
           "notifications", "reporting", "gateway", "inventory"]
LAYERS = ["api", "domain", "service", "persistence", "web", "config", "util", "events"]
VERBS = ["Fix", "Add", "Update", "Refactor", "Remove", "Improve", "Handle", "Rename", "Simplify",
         "Document", "Test", "Speed up"]
THINGS = ["null check", "retry logic", "pagination", "validation", "error message", "logging",
          "timeout", "cache eviction", "date parsing", "rounding", "config loading", "health check",
          "metrics", "serialization", "query", "README", "build", "dependency versions"]
PROJECTS = ["ABC", "SHIP", "OPS", "PAY"]
WORDS = ("value result order item account price count total request response status name id list "
         "map index offset limit event store cache client server timeout retry error").split()


def person(author_index, when):
    name, email, tz = AUTHORS[author_index]
    return f"{name} <{email}> {when} {tz}".encode()


def data(payload: bytes):
    out.write(b"data %d\n" % len(payload))
    out.write(payload)
    out.write(b"\n")


def java_line():
    w = rnd.sample(WORDS, 3)
    return f"    {w[0]} = {w[1]}.{w[2]}({rnd.randint(0, 999)});"


def make_paths(n):
    fixed = [".github/workflows/ci.yml", "Dockerfile", "pom.xml", "README.md", "LICENSE",
             ".gitignore", "CHANGELOG.md", "docs/architecture.md", "docs/runbook.md"]
    paths = list(fixed)
    seen = set(paths)
    while len(paths) < n:
        r = rnd.random()
        mod = rnd.choice(MODULES)
        layer = rnd.choice(LAYERS)
        cls = rnd.choice(WORDS).capitalize() + rnd.choice(WORDS).capitalize()
        if r < 0.60:
            p = f"{mod}/src/main/java/com/example/{mod}/{layer}/{cls}{rnd.choice(['', 'Service', 'Mapper', 'Dto', 'Repository'])}.java"
        elif r < 0.90:
            p = f"{mod}/src/test/java/com/example/{mod}/{layer}/{cls}Test.java"
        elif r < 0.95:
            p = f"docs/{mod}/{rnd.choice(WORDS)}-{rnd.choice(WORDS)}.md"
        else:
            p = f"{mod}/src/main/resources/{rnd.choice(WORDS)}-{rnd.randint(1, 99)}.properties"
        if p not in seen:
            seen.add(p)
            paths.append(p)
    return paths


def initial_content(path):
    if path.endswith("ci.yml"):
        return ("name: ci\non: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                "    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-java@v4\n"
                "        with: {distribution: temurin, java-version: '17'}\n"
                "      - run: ./mvnw -B verify\n").splitlines()
    if path == "Dockerfile":
        return ["FROM eclipse-temurin:17-jre", "COPY target/app.jar /app.jar",
                "HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1",
                'ENTRYPOINT ["java", "-jar", "/app.jar"]']
    if path == "pom.xml":
        return ["<project>", "  <modelVersion>4.0.0</modelVersion>", "  <groupId>com.example</groupId>",
                "  <artifactId>shop</artifactId>", "  <version>1.0.0-SNAPSHOT</version>", "</project>"]
    if path == "LICENSE":
        return ["Apache License", "Version 2.0, January 2004", "http://www.apache.org/licenses/"] + [
            "Licensed under the Apache License, Version 2.0." for _ in range(20)]
    if path.endswith(".md"):
        return [f"# {path}", ""] + [" ".join(rnd.choices(WORDS, k=10)) for _ in range(rnd.randint(5, 30))]
    if path.endswith(".java"):
        cls = path.rsplit("/", 1)[1][:-5]
        pkg = path.split("/java/", 1)[1].rsplit("/", 1)[0].replace("/", ".")
        body = [java_line() for _ in range(rnd.randint(10, 50))]
        return [f"package {pkg};", "", f"public class {cls} {{", "  void run() {"] + body + ["  }", "}"]
    return [f"{rnd.choice(WORDS)}.{rnd.choice(WORDS)}={rnd.randint(0, 9999)}" for _ in range(rnd.randint(3, 15))]


def edit(lines):
    lines = list(lines)
    r = rnd.random()
    at = rnd.randint(min(4, len(lines)), max(min(4, len(lines)), len(lines) - 2))
    if r < 0.5 and len(lines) > 6:
        lines[min(at, len(lines) - 1)] = java_line()
    elif r < 0.8 or len(lines) < 8:
        for _ in range(rnd.randint(1, 4)):
            lines.insert(at, java_line())
    else:
        del lines[min(at, len(lines) - 2)]
    if len(lines) > 120:
        del lines[5:15]
    return lines


def encode(lines):
    return ("\n".join(lines) + "\n").encode()


def message(pr=None):
    subject = f"{rnd.choice(VERBS)} {rnd.choice(THINGS)} in {rnd.choice(MODULES)}"
    if rnd.random() < LINKED_SHARE:
        if rnd.random() < 0.7:
            subject = f"{rnd.choice(PROJECTS)}-{rnd.randint(1, 4000)}: {subject}"
        else:
            subject = f"{subject} (#{rnd.randint(1, 3000)})"
    body = ""
    if rnd.random() < 0.3:
        body = "\n\n" + " ".join(rnd.choices(WORDS, k=12)) + "\n"
    return (subject + body + "\n").encode()


paths = make_paths(FILES)
state = {p: initial_content(p) for p in paths}
editable = [p for p in paths if p.endswith((".java", ".md", ".properties"))]
mark = 0
now = START
step = SPAN / COMMITS


def next_time():
    global now
    now += int(rnd.expovariate(1.0 / step)) + 1
    return now


def commit(ref, parent, merge_from, changes, msg, author, when):
    """changes: dict path -> lines. Returns the new mark."""
    global mark
    mark += 1
    out.write(b"commit %s\nmark :%d\n" % (ref.encode(), mark))
    out.write(b"author " + person(author, when - rnd.randint(0, 3600)) + b"\n")
    out.write(b"committer " + person(author, when) + b"\n")
    data(msg)
    if parent:
        out.write(b"from :%d\n" % parent)
    if merge_from:
        out.write(b"merge :%d\n" % merge_from)
    for p, lines in changes.items():
        out.write(b"M 100644 inline %s\n" % p.encode())
        data(encode(lines))
    out.write(b"\n")
    return mark


def pick_author():
    return rnd.choices(range(len(AUTHORS)), weights=AUTHOR_WEIGHTS)[0]


def small_change(base):
    changes = {}
    for p in rnd.sample(editable, rnd.randint(1, 5)):
        changes[p] = edit(base.get(p, state[p]))
    return changes


tip = commit("refs/heads/main", None, None, state, b"Initial import\n", 0, next_time())
made = 1
pr_number = 0
next_tag = START + TAG_EVERY
release = 0
pr_share = MERGE_SHARE / (1 - 2 * MERGE_SHARE)  # a PR is ~2 branch commits and one merge
while made < COMMITS:
    if rnd.random() < pr_share and COMMITS - made >= 4:
        pr_number += 1
        author = pick_author()
        branch = f"refs/heads/feature-{pr_number}"
        overlay = {}
        ftip = tip
        for _ in range(rnd.randint(1, 3)):
            ch = small_change(overlay)
            overlay.update(ch)
            ftip = commit(branch, ftip, None, ch, message(), author, next_time())
            made += 1
        if rnd.random() < 0.5:  # main moves on while the branch is open
            ch = small_change({})
            state.update(ch)
            tip = commit("refs/heads/main", tip, None, ch, message(), pick_author(), next_time())
            made += 1
        state.update(overlay)
        msg = f"Merge pull request #{pr_number} from org/feature-{pr_number}\n\n".encode() + message()
        tip = commit("refs/heads/main", tip, ftip, overlay, msg, author, next_time())
        made += 1
        if pr_number % 500 != 0:  # most merged branches are deleted; a few stay
            out.write(b"reset %s\nfrom 0000000000000000000000000000000000000000\n\n" % branch.encode())
    else:
        ch = small_change({})
        state.update(ch)
        tip = commit("refs/heads/main", tip, None, ch, message(), pick_author(), next_time())
        made += 1
    if now >= next_tag:
        release += 1
        out.write(b"tag v1.%d.0\nfrom :%d\n" % (release, tip))
        out.write(b"tagger " + person(0, now + 60) + b"\n")
        data(b"Release 1.%d.0\n" % release)
        next_tag += TAG_EVERY
out.write(b"done\n")
