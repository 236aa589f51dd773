"""Keeps bench/run.py working; asserts no timings (those belong in bench/, not in tests)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_runs_and_writes_json(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, str(ROOT / "bench/run.py"), "--quick", "--json", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    rows = json.loads(out.read_text())
    metrics = {row["metric"] for row in rows}
    assert {"open_to_first_frame", "repaint_fit", "drag_commit", "pdf_export", "peak_rss"} <= metrics
    assert all(row["value_s"] > 0 and row["floor_s"] >= 0 for row in rows)


def test_library_bench_quick_runs(tmp_path):
    from pg_server import binaries

    if binaries() is None:
        import pytest

        pytest.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)")
    out = tmp_path / "library.json"
    result = subprocess.run([sys.executable, str(ROOT / "bench/library.py"), "--quick", "--json", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text())
    assert figures["propagated"] == figures["floor_propagated"] == 6
    assert figures["commit_p50_s"] > 0 and figures["propagation_p95_ratio"] is not None
