"""A throw-away PostgreSQL server for the library tests: Debian's binaries, run as the `postgres`
user (initdb refuses root), on 127.0.0.1 with a free port and a socket folder of its own.

`stop()` and `start()` can be called mid-test (the server lost mid-session, then back) and the
data stays: the folder lives until `destroy()`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"


def binaries() -> Path | None:
    """The newest Debian PostgreSQL bin folder with initdb, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)")
        self.root = Path(tempfile.mkdtemp(prefix="journeyeditor-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.sockets.mkdir()
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            user = pwd.getpwnam(SUPERUSER)
            os.chmod(self.root, 0o755)
            for folder in (self.root, self.sockets):
                os.chown(folder, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "-N")
        # passwords are checked over TCP (md5/scram) so the tests can see a wrong one refused;
        # the socket trusts the superuser, for setup
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        if self._as_postgres:
            shutil.chown(self.data / "pg_hba.conf", SUPERUSER, SUPERUSER)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        # as root, the tools run as the postgres user: subprocess switches user itself (runuser
        # lives in /usr/sbin, which a CI's PATH may not hold)
        as_postgres = {"user": SUPERUSER, "group": SUPERUSER} if self._as_postgres else {}
        return subprocess.run([str(self.bin / tool), *args], check=check, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=self.root, **as_postgres)

    def is_running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """`fast` closes every session as a server shut down for maintenance does."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (roles, databases: setup the tests need)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database,
                             autocommit=True) as conn:
            conn.execute(statement)

    _databases = 0

    def new_database(self) -> str:
        """A fresh empty database's name."""
        PgServer._databases += 1
        name = f"lib{PgServer._databases}_{int(time.time() * 1000) % 100000}"
        self.sql(f"CREATE DATABASE {name}")
        return name

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.root, ignore_errors=True)


# ------------------------------------------------------------------ pytest fixtures
import pytest

needs_postgresql = pytest.mark.skipif(binaries() is None, reason="no PostgreSQL server binaries "
                                      "(/usr/lib/postgresql/*/bin/initdb); .ci/run installs Debian's postgresql")


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer()
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def running_server(pg_server):
    """The session's server, started again if a test left it stopped."""
    if not pg_server.is_running():
        pg_server.start()
    return pg_server


@pytest.fixture
def library_url(running_server):
    """A fresh database made a library (`library init`), as the superuser's address."""
    from journeyeditor.persistence.library import Library

    url = running_server.admin_url(running_server.new_database())
    with Library(url) as library:
        library.init()
    return url
