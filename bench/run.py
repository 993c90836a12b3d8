"""`make bench`: the catalogue under load, at scale 10 and scale 100.

For each scale: build a demo database once (a file under bench/, or a database beside the one
in DATABASE_URL), serve it with gunicorn (2 workers), and drive each scenario with wrk at
concurrency 8 from a second process, each scenario rotating through at least 50 different
realistic URLs. Prints requests/s and p50/p95/p99 latency, each figure's ratio to the trivial
view measured in the same run, the SQL queries and kilobytes per page; the catalogue index's
build time, memory and the time to apply a change; the workers' memory; listing pages asked for
with a browser's User-Agent, so that each answer counts a view (wrk sends none); and the latency
of the catalogue and of listing pages while a writer changes one public listing a second (each change
reaches every worker): three in four confirm a listing, one in four edits one. With two
scales, the growth of each figure, and query + three facets again at both scales served at once
and measured in turns, which a machine's drifting speed does not skew.

Options: --scales 10,100  --duration 10  --rebuild  --signups (also the sign-up race, bench/signups.py)
"""

import argparse
import concurrent.futures
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))  # a free port of this machine
CONCURRENCY = 8
SEED = 2026

WORDS = [
    "vertaistuki", "vertaistukiryhmä", "vertaistukea", "ikäihmisille", "ikäihmiset", "ikäihminen", "kerho", "kerhot",
    "liikunta", "liikuntaryhmä", "kahvila", "vauvakahvila", "omaishoitajat", "omaishoitajille", "mielenterveys",
    "ystävätoiminta", "ystävä", "digituki", "tietokone", "ruoka-apu", "retki", "leiri", "lapsiperheet", "perhe",
    "nuoret", "nuorille", "tanssi", "laulu", "kuoro", "käsityö", "neulonta", "marttailu", "kävely", "jumppa",
    "tukihenkilö", "suru", "yksinäisyys", "maahanmuuttajat", "suomen kieli", "kielikahvila", "seniorer", "träff",
    "support", "group", "selkosuomi", "viittomakieli", "kokemusasiantuntija", "päihteet", "työttömät", "luento",
    "ryhmä", "partio", "sudenpennut", "muistisairaus", "lukupiiri",
]
MUNICIPALITIES = ["hyvinkaa", "jarvenpaa", "mantsala", "nurmijarvi", "pornainen", "tuusula", "forssa", "humppila", "jokioinen", "tammela", "ypaja"]
TARGET_GROUPS = ["ikaihmiset", "lapsiperheet", "nuoret", "omaishoitajat", "mielenterveyskuntoutujat", "maahanmuuttajat", "kaikki"]
OTHER_FACETS = [("cost", "free"), ("kind", "activity"), ("kind", "event"), ("weekday", "tue"), ("weekday", "thu"), ("time_of_day", "evening"), ("accessible", "yes"), ("language", "selkosuomi")]

THREADS = 2
GROWTH_ROUNDS = 3  # alternating runs per scale in the interleaved growth check
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
# With two workers, each of twelve requests reaches a given worker with even odds: a page is
# missed by one of them once in 2,000 URLs.
WARM_UP_ROUNDS = 12
# Each wrk thread has its own Lua state: the threads take turns through the list, so that a list
# of URLs never repeated is never repeated by the other thread either.
LUA = """
local paths = {}
for line in io.lines(os.getenv("BENCH_URLS")) do paths[#paths + 1] = line end
local counter = 0
local started = 0
function setup(thread)
  thread:set("id", started)
  started = started + 1
end
local agent = os.getenv("BENCH_USER_AGENT")
local headers = agent and {["User-Agent"] = agent} or nil
request = function()
  local n = counter * %(threads)d + (id or 0)
  counter = counter + 1
  return wrk.format("GET", paths[(n %% #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('BENCH {"requests": %%d, "seconds": %%f, "errors": %%d, "p50": %%f, "p95": %%f, "p99": %%f}\\n',
    summary.requests, summary.duration / 1e6, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
""" % {"threads": THREADS}



def scenarios(rng: random.Random, detail_paths: list[str]) -> dict[str, list[str]]:
    def catalogue(params):
        return "/?" + urlencode(params, doseq=True)

    def three_facets():
        facets = [("municipality", rng.choice(MUNICIPALITIES)), ("target_group", rng.choice(TARGET_GROUPS)), rng.choice(OTHER_FACETS)]
        return [("q", rng.choice(WORDS)), *facets]

    days = [f"2026-{m:02d}-{d:02d}" for m in (11, 12) for d in range(1, 29)]
    return {
        "trivial view (baseline)": ["/livez"] * 60,
        "catalogue, no filters": [catalogue({"page": n}) for n in range(1, 41)]
        + [f"/{lang}/?page={n}" for lang in ("sv", "en") for n in range(1, 11)],
        "free-text query": [catalogue({"q": word}) for word in WORDS] + [catalogue({"q": f"{a} {b}"}) for a, b in zip(WORDS[:10], WORDS[10:20])],
        "query + three facets": [catalogue(three_facets()) for _ in range(80)],
        "event date range": [catalogue({"kind": "event", "when": when, "municipality": m}) for when in ("today", "week", "month") for m in MUNICIPALITIES]
        + [catalogue({"kind": "event", "date_from": day, "date_to": rng.choice(days[days.index(day):])}) for day in rng.sample(days, 30)],
        "detail page": detail_paths[:80],
        # An event's kept page first reads the event's state (its dates pass, its places fill).
        "event pages": [path for path in detail_paths if path.startswith("/tapahtumat/")][:80],
        "activity and role pages": [path for path in detail_paths if not path.startswith("/tapahtumat/")][:80],
        # Pages kept for visitors without a session (catalogue/page_cache.py) answer a repeated
        # URL from memory; these two never ask for one twice, for the cost of making a page.
        "3 facets, no URL twice": list(dict.fromkeys(catalogue(three_facets()) for _ in range(40_000))),
        "detail, no URL twice": detail_paths[80:],
        "API search": ["/api/v1/listings/?" + urlencode(three_facets()) for _ in range(60)],
    }


def env_for(database_url: str, static_root: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DEBUG="false",
        SECRET_KEY="benchmark-only-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=static_root,
        LOG_LEVEL="WARNING",
        # wrk is one client hammering the API: the per-client limit would answer it 429.
        API_RATE_PER_MINUTE="100000000",
    )
    return env


def manage(env, *args, quiet=False):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL if quiet else None)


def database_for(scale: int, rebuild: bool) -> tuple[str, bool]:
    """The database URL for one scale, and whether it still needs demo data."""
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        import psycopg

        parts = urlsplit(base)
        # Named after the database in DATABASE_URL, so benches of several checkouts do not meet.
        name = f"{parts.path.lstrip('/') or 'tarjotin'}_bench_{scale}"
        with psycopg.connect(base, autocommit=True) as connection:
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if exists and rebuild:
                connection.execute(f'DROP DATABASE "{name}"')
                exists = None
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
        return urlunsplit(parts._replace(path="/" + name)), not exists
    path = ROOT / "bench" / f"scale{scale}.sqlite3"
    if rebuild:
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
    return f"sqlite:///{path}", not path.exists()


def wait_until_up(url: str, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer at {url}")


def warm_up(paths: list[str], port: int = PORT):
    """Ask for every URL of a scenario WARM_UP_ROUNDS times, eight at a time, so that each
    worker has almost surely made and kept each page before the figures are taken (a time-based
    warm-up left the first pages of a slow machine to the measured run)."""
    def fetch(path):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
            response.read()

    requests = [path for path in dict.fromkeys(paths) for _ in range(WARM_UP_ROUNDS)]
    random.Random(SEED).shuffle(requests)
    with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(fetch, requests))


def run_wrk(paths: list[str], seconds: int, lua_path: str, user_agent: str = "", port: int = PORT) -> dict:
    """wrk sends no User-Agent unless given one; the pages then count no views."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as urls:
        urls.write("\n".join(paths) + "\n")
    env = dict(os.environ, BENCH_URLS=urls.name)
    if user_agent:
        env["BENCH_USER_AGENT"] = user_agent
    output = subprocess.run(
        ["wrk", "-t", str(THREADS), "-c", str(CONCURRENCY), "-d", f"{seconds}s", "-s", lua_path, f"http://127.0.0.1:{port}"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout
    os.unlink(urls.name)
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    result = json.loads(line[6:])
    result["rps"] = result["requests"] / result["seconds"]
    return result


INDEX_FIGURES = """
import json, sys, time, django
django.setup()
from catalogue import index
from catalogue.index_changes import apply_changes
from services.models import CatalogueRevision

def rss():
    with open('/proc/self/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmRSS')) / 1024

before = rss()
started = time.perf_counter()
built = index.build_index(CatalogueRevision.current())
build = time.perf_counter() - started
grown = rss() - before
bitsets = sum(sys.getsizeof(v) for options in built.bits.values() for v in options.values())
bitsets += sum(sys.getsizeof(v) for v in built.event_days.values())
delta = {}
for size in (1, 10, 100):
    changed = built.ids[len(built.ids) // 3:][:size]
    started = time.perf_counter()
    apply_changes(built, changed, built.revision)
    delta[size] = (time.perf_counter() - started) * 1000
print(json.dumps({"listings": len(built.ids), "build_s": build, "rss_mb": grown, "bitsets_mb": bitsets / 2**20, "delta_ms": delta}))
"""

# Scenarios run again while the writer changes a listing a second: the name shown, the scenario read.
WHILE_WRITING = {"query + 3 facets, 1 write/s": "query + three facets", "detail page, 1 write/s": "detail page"}
WRITER = """
import itertools, random, time, django
django.setup()
from services.models import Listing
ids = list(Listing.objects.published().order_by('pk').values_list('pk', flat=True)[:5000])
rng = random.Random(1)
for n in itertools.count():
    listing = Listing.objects.get(pk=rng.choice(ids))
    if n % 4:  # most changes in a day are associations confirming their listings
        listing.confirm()
    else:  # and some are edits (this one changes a facet and the search document)
        listing.is_free = not listing.is_free
        listing.save()
    time.sleep(1)
"""


def index_figures(env) -> dict:
    env = dict(env, DJANGO_SETTINGS_MODULE="tarjotin.settings")
    output = subprocess.run([PYTHON, "-c", INDEX_FIGURES], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def worker_rss(server) -> list[float]:
    """Resident memory of each gunicorn worker, in MB."""
    with open(f"/proc/{server.pid}/task/{server.pid}/children") as children:
        pids = children.read().split()
    sizes = []
    for pid in pids:
        with open(f"/proc/{pid}/status") as status:
            sizes.append(next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024)
    return sizes


def query_counts(env, named_paths: dict[str, list[str]]) -> dict[str, int]:
    """SQL queries and kilobytes per page, measured in-process with Django's test client on a warm
    index: the second request of a URL, or the first where the scenario never repeats one."""
    script = (
        "import json, sys, django\n"
        "django.setup()\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext, setup_test_environment\n"
        "from django.db import connection\n"
        "setup_test_environment()\n"
        "client = Client()\n"
        "paths = json.loads(sys.argv[1])\n"
        "out = {}\n"
        "client.get('/')\n"
        "for name, path in paths.items():\n"
        "    if 'no URL twice' not in name:\n"
        "        client.get(path)\n"
        "    with CaptureQueriesContext(connection) as ctx:\n"
        "        response = client.get(path)\n"
        "    out[name] = (len(ctx), len(response.content) / 1024)\n"
        "print(json.dumps(out))\n"
    )
    env = dict(env, DJANGO_SETTINGS_MODULE="tarjotin.settings")
    first = {name: paths[1 % len(paths)] for name, paths in named_paths.items()}
    output = subprocess.run([PYTHON, "-c", script, json.dumps(first)], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def bench_scale(scale: int, args, lua_path: str) -> dict:
    database_url, needs_data = database_for(scale, args.rebuild)
    static_root = str(ROOT / "bench" / "static")
    env = env_for(database_url, static_root)
    manage(env, "migrate", "--no-input", quiet=True)
    manage(env, "createcachetable", quiet=True)  # the shared cache without REDIS_URL
    if needs_data:
        print(f"building the scale-{scale} demo database …", flush=True)
        started = time.monotonic()
        manage(env, "demo_data", "--scale", str(scale), "--seed", str(SEED), quiet=True)
        print(f"  done in {time.monotonic() - started:.0f} s", flush=True)
        # Fresh statistics, so the planner is not still learning the new data (and autovacuum
        # does not start) while the figures are taken.
        analyze = "VACUUM ANALYZE" if database_url.startswith("postgres") else "ANALYZE"
        subprocess.run(
            [PYTHON, "-c", f"import django; django.setup(); from django.db import connection; connection.cursor().execute('{analyze}')"],
            cwd=ROOT, env=dict(env, DJANGO_SETTINGS_MODULE="tarjotin.settings"), check=True,
        )
    manage(env, "collectstatic", "--no-input", "--clear", quiet=True)

    detail_paths = subprocess.run(
        [PYTHON, "-c", "import django, json; django.setup(); from services.models import Listing; "
         "print(json.dumps([l.get_absolute_url() for l in Listing.objects.published().order_by('?')[:5000]]))"],
        cwd=ROOT, env=dict(env, DJANGO_SETTINGS_MODULE="tarjotin.settings"), capture_output=True, text=True, check=True,
    ).stdout
    named_paths = scenarios(random.Random(SEED), json.loads(detail_paths.strip().splitlines()[-1]))
    counts = query_counts(env, named_paths)

    figures = index_figures(env)

    started = time.monotonic()
    server = serve(env, PORT)
    try:
        wait_until_up(f"http://127.0.0.1:{PORT}/livez")
        figures["start_s"] = time.monotonic() - started
        results = {}
        for name, paths in named_paths.items():
            if "no URL twice" not in name:
                warm_up(paths)
            results[name] = run_wrk(paths, args.duration, lua_path)
            results[name]["queries"], results[name]["kb"] = counts.get(name, (None, None))
            results[name]["urls"] = len(set(paths))
        # The same listing pages asked for by a browser: each answer counts a view of the listing.
        # (Warmed again: the scenarios that never repeat a URL have pushed the kept pages out.)
        warm_up(named_paths["detail page"])
        results["detail page, counted views"] = run_wrk(named_paths["detail page"], args.duration, lua_path, user_agent=BROWSER)
        results["detail page, counted views"].update(queries=None, kb=None, urls=len(set(named_paths["detail page"])))
        for read in WHILE_WRITING.values():
            warm_up(named_paths[read])
        writer = subprocess.Popen([PYTHON, "-c", WRITER], cwd=ROOT, env=dict(env, DJANGO_SETTINGS_MODULE="tarjotin.settings"))
        try:
            time.sleep(2)
            for name, read in WHILE_WRITING.items():
                results[name] = run_wrk(named_paths[read], max(args.duration, 20), lua_path)
                results[name].update(queries=None, kb=None, urls=len(set(named_paths[read])))
        finally:
            writer.terminate()
            writer.wait(timeout=30)
        figures["worker_rss_mb"] = worker_rss(server)
        results["figures"] = figures
        return results
    finally:
        stop(server)


def serve(env: dict, port: int) -> subprocess.Popen:
    """gunicorn with two workers, as the benchmark measures it."""
    return subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "tarjotin.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--no-control-socket", "--log-level", "warning", "--timeout", "60"],
        cwd=ROOT, env=env, start_new_session=True,
    )


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def interleaved_growth(small: int, large: int, seconds: int, lua_path: str) -> list[tuple[float, float]]:
    """p95 of query + three facets at two scales served at once, measured in turns.

    Measured one scale after the other, the two figures are minutes apart, and a machine whose
    speed drifts by a fifth meanwhile moves their ratio more than the catalogue's size does.
    """
    paths = scenarios(random.Random(SEED), [])["query + three facets"]
    ports = {small: PORT + 1, large: PORT + 2}
    servers = []
    try:
        for scale, port in ports.items():
            servers.append(serve(env_for(database_for(scale, rebuild=False)[0], str(ROOT / "bench" / "static")), port))
        for port in ports.values():
            wait_until_up(f"http://127.0.0.1:{port}/livez")
            warm_up(paths, port)
        return [tuple(run_wrk(paths, seconds, lua_path, port=port)["p95"] for port in ports.values()) for _ in range(GROWTH_ROUNDS)]
    finally:
        for server in servers:
            stop(server)


def bench_signups(scale: int):
    """The sign-up race on the scale's database, in its own process (bench/signups.py)."""
    database_url, _needs_data = database_for(scale, rebuild=False)
    # The mail is queued, not sent: a queue (django-tasks) is what production uses, and the
    # figure is about the seat lock, not about an SMTP server.
    env = dict(
        env_for(database_url, str(ROOT / "bench" / "static")),
        DJANGO_SETTINGS_MODULE="tarjotin.settings", TASKS_BACKEND="django_tasks.backends.dummy.DummyBackend",
    )
    subprocess.run([PYTHON, str(ROOT / "bench" / "signups.py")], cwd=ROOT, env=env, check=True)


def report(scale: int, results: dict, vendor: str):
    figures = results.pop("figures")
    base = results["trivial view (baseline)"]
    print(f"\n== scale {scale} on {vendor}: wrk, {CONCURRENCY} connections, gunicorn 2 workers")
    print(
        f"catalogue index: {figures['listings']} listings, full build {figures['build_s']:.2f} s, "
        f"+{figures['rss_mb']:.0f} MB RSS ({figures['bitsets_mb']:.1f} MB of bitsets); applying a change of "
        + ", ".join(f"{n} listing(s) {ms:.1f} ms" for n, ms in figures["delta_ms"].items())
    )
    print(
        f"gunicorn: first answer {figures['start_s']:.1f} s after start; worker RSS "
        + ", ".join(f"{mb:.0f} MB" for mb in figures["worker_rss_mb"])
    )
    print(f"{'scenario':28} {'urls':>4} {'req/s':>8} {'÷base':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'p95÷base':>8} {'SQL':>4} {'KB':>5} {'err':>4}")
    for name, r in results.items():
        print(
            f"{name:28} {r['urls']:4d} {r['rps']:8.0f} {r['rps'] / base['rps']:6.1%} {r['p50']:7.1f} {r['p95']:7.1f} "
            f"{r['p99']:7.1f} {r['p95'] / base['p95']:8.1f} {r['queries'] if r['queries'] is not None else '-':>4} "
            f"{format(r['kb'], '5.1f') if r['kb'] is not None else '-':>5} {r['errors']:4d}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="10,100")
    parser.add_argument("--duration", type=int, default=10, help="seconds per scenario")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the demo databases")
    parser.add_argument("--signups", action="store_true", help="also race 200 sign-ups for 50 seats (PostgreSQL)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed for the benchmark: apt-get install -y wrk")
    vendor = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(LUA)
    all_results = {}
    for scale in [int(s) for s in args.scales.split(",")]:
        all_results[scale] = bench_scale(scale, args, lua.name)
        report(scale, all_results[scale], vendor)
        if args.signups:
            bench_signups(scale)
    if len(all_results) > 1:
        small, large = min(all_results), max(all_results)
        print(f"\n== growth: p95 at scale {large} ÷ p95 at scale {small}")
        for name in all_results[large]:
            a, b = all_results[small][name]["p95"], all_results[large][name]["p95"]
            print(f"{name:28} {a:7.1f} ms → {b:7.1f} ms   ×{b / a:.2f}")
        pairs = interleaved_growth(small, large, args.duration, lua.name)
        print("\n== growth, interleaved: query + three facets, both scales served at once and measured in turns")
        for n, (a, b) in enumerate(pairs, 1):
            print(f"round {n}: scale {small} p95 {a:.1f} ms, scale {large} p95 {b:.1f} ms   ×{b / a:.2f}")
        ratios = sorted(b / a for a, b in pairs)
        print(f"median ×{ratios[len(ratios) // 2]:.2f}")
    os.unlink(lua.name)


if __name__ == "__main__":
    main()
