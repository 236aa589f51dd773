"""A team library under load: 8 clients each pushing edits to one map at once.

    python bench/library.py [--clients 8] [--edits 40] [--url postgresql://…/db] [--json OUT]

Without --url a throw-away PostgreSQL server is started (tests/pg_server.py; Debian's binaries).

Each client is a LibraryStore of its own, in a thread of its own, editing its own cards of one
map (a card title per step: one version-checked transaction with its NOTIFY). An observer client
listens and applies each change to its model, as a window does.

- commit: one step's flush (versions locked and checked, rows written, versions raised, NOTIFY).
- propagation: from a step's flush starting to the observer's model holding it.

The floor, on the same server in the same run: the same number of threads doing a bare
`UPDATE … ; SELECT pg_notify(…)` transaction per step, and a bare listener receiving it. The
figures are p50/p95 and their ratios to the floor's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import psycopg

from journeyeditor.persistence import ProjectStore
from journeyeditor.persistence.library import Library, LibraryAddress, LibraryStore

sys.path.insert(0, str(ROOT / "bench"))
from run import generate


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _conninfo(address: LibraryAddress) -> dict:
    url = address.url
    info = {"host": url.host, "port": url.port or 5432, "dbname": url.database, "user": url.username}
    if url.password:
        info["password"] = url.password
    return info


class Listener(threading.Thread):
    """Waits for notifications; `handle(payloads, now)` for all that have arrived (as a window takes what
    arrived in one go), until `stop` is set and it is idle."""

    def __init__(self, conninfo: dict, channel: str, handle) -> None:
        super().__init__(daemon=True)
        self.conn = psycopg.connect(**conninfo, autocommit=True)
        self.conn.execute(f'LISTEN "{channel}"')
        self.handle = handle
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            batch = [n.payload for n in self.conn.notifies(timeout=0.2, stop_after=1)]
            if batch:
                batch += [n.payload for n in self.conn.notifies(timeout=0)]
                self.handle(batch, time.perf_counter())
        self.conn.close()


def run_app(address: LibraryAddress, clients: int, edits: int) -> tuple[list[float], list[float]]:
    stores = [LibraryStore.open(address) for _ in range(clients)]
    observer = LibraryStore.open(address)
    map_id = observer.project.maps[0].id
    cards = list(observer.project.contents(map_id).cards)
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    lock = threading.Lock()

    def handle(payloads: list[str], _now: float) -> None:
        keys = set()
        for payload in payloads:
            keys.update(LibraryStore.read_notification(payload)[1] or [])
        observer.apply_remote(keys)  # the observer's model holds them now, as a window's would
        done = time.perf_counter()
        for kind, entity_id in keys:
            if kind == "card":
                title = observer.project.get(entity_id).title
                with lock:
                    arrived.setdefault(title, done)

    listener = Listener(_conninfo(address), observer.channel, handle)
    listener.start()
    commits: list[float] = []

    def client(number: int) -> None:
        store = stores[number]
        mine = cards[number::clients]
        for edit in range(edits):
            title = f"client {number} edit {edit}"
            store.project.update(mine[edit % len(mine)], title=title)
            start = time.perf_counter()
            with lock:
                sent[title] = start
            store.flush()
            took = time.perf_counter() - start
            with lock:
                commits.append(took)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    deadline = time.perf_counter() + 10
    while len(arrived) < len(sent) and time.perf_counter() < deadline:
        time.sleep(0.05)
    listener.stop.set()
    listener.join()
    for store in (*stores, observer):
        store.close()
    # a title overwritten before the observer read it arrives as the later one: counted by what it saw
    propagation = [arrived[title] - sent[title] for title in arrived if title in sent]
    return commits, propagation


def run_floor(address: LibraryAddress, clients: int, edits: int) -> tuple[list[float], list[float]]:
    info = _conninfo(address)
    with psycopg.connect(**info, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_floor")
        conn.execute("CREATE TABLE bench_floor (id int PRIMARY KEY, title text)")
        conn.execute("INSERT INTO bench_floor SELECT g, '' FROM generate_series(0, %s) g", (clients * 10,))
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    lock = threading.Lock()

    def handle(payloads: list[str], now: float) -> None:
        with lock:
            for payload in payloads:
                arrived.setdefault(payload, now)

    listener = Listener(info, "bench_floor", handle)
    listener.start()
    commits: list[float] = []

    def client(number: int) -> None:
        with psycopg.connect(**info) as conn:
            for edit in range(edits):
                title = f"client {number} edit {edit}"
                start = time.perf_counter()
                with lock:
                    sent[title] = start
                with conn.transaction():
                    conn.execute("UPDATE bench_floor SET title = %s WHERE id = %s", (title, number * 10 + edit % 10))
                    conn.execute("SELECT pg_notify('bench_floor', %s)", (title,))
                took = time.perf_counter() - start
                with lock:
                    commits.append(took)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    deadline = time.perf_counter() + 10
    while len(arrived) < len(sent) and time.perf_counter() < deadline:
        time.sleep(0.05)
    listener.stop.set()
    listener.join()
    return commits, [arrived[t] - sent[t] for t in arrived if t in sent]


def measure(url: str, clients: int, edits: int) -> dict:
    import tempfile

    address = LibraryAddress.parse(url)
    # a map with a card for every step: no title is overwritten before the observer reads it
    cards = max(1000, clients * edits)
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder) / "bench.journey", cards)
        with ProjectStore.open(Path(folder) / "bench.journey", read_only=True) as store:
            project = store.project
    with Library(address) as library:
        library.init()
        name = f"bench {int(time.time())}"
        library.create_project(name, project)
    address = address.with_project(name)
    floor_commits, floor_propagation = run_floor(address, clients, edits)
    commits, propagation = run_app(address, clients, edits)
    figures = {"clients": clients, "edits_each": edits, "cards": cards, "propagated": len(propagation),
               "floor_propagated": len(floor_propagation)}
    for label, app, floor in (("commit", commits, floor_commits), ("propagation", propagation, floor_propagation)):
        for share, tag in ((0.5, "p50"), (0.95, "p95")):
            value, base = percentile(app, share), percentile(floor, share)
            figures[f"{label}_{tag}_s"] = round(value, 5)
            figures[f"{label}_{tag}_floor_s"] = round(base, 5)
            figures[f"{label}_{tag}_ratio"] = round(value / base, 2) if base else None
    figures["commit_mean_s"] = round(statistics.mean(commits), 5)
    # one client alone, for scale: what the step costs without others contending for the CPU
    alone, _ = run_app(address, 1, edits)
    floor_alone, _ = run_floor(address, 1, edits)
    figures["commit_alone_p50_s"] = round(percentile(alone, 0.5), 5)
    figures["commit_alone_p50_floor_s"] = round(percentile(floor_alone, 0.5), 5)
    figures["commit_alone_p50_ratio"] = round(percentile(alone, 0.5) / percentile(floor_alone, 0.5), 2)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--edits", type=int, default=40, help="steps per client")
    parser.add_argument("--url", help="a library database (default: a throw-away server of its own)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="2 clients, 3 steps each: keeps the script working")
    args = parser.parse_args()
    if args.quick:
        args.clients, args.edits = 2, 3
    server = None
    url = args.url
    if url is None:
        from pg_server import PgServer

        server = PgServer()
        server.start()
        url = server.admin_url(server.new_database())
    try:
        figures = measure(url, args.clients, args.edits)
    finally:
        if server is not None:
            server.destroy()
    for key, value in figures.items():
        print(f"{key:28} {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
