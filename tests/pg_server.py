"""A real PostgreSQL server for the tests marked ``postgres``: started once per session, removed after.

The server runs as the ``postgres`` system user when the tests run as root (postgres refuses root), with
its data directory and unix socket in a temporary directory and TCP on a free loopback port. Without
PostgreSQL binaries the tests skip locally; in CI (``CI=true``) they fail instead, since CI installs them.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DATABASE = "bilat_test"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing(reason: str) -> None:
    """Skip locally, fail in CI: CI installs what the test needs, so absence there is a defect."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: required)", pytrace=False)
    pytest.skip(reason)


def postgres_bin_dir() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres (Debian: /usr/lib/postgresql/<ver>/bin)."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True
    )
    for found in (shutil.which("pg_ctl"), shutil.which("initdb")):
        if found:
            candidates.append(str(Path(os.path.realpath(found)).parent))
    for directory in candidates:
        path = Path(directory)
        if all((path / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return path
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_user(command: list[str], user: str | None) -> list[str]:
    if user is None:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", user, "--", *command]
    return ["su", user, "-s", "/bin/sh", "-c", " ".join(command)]


def _server_user() -> str | None:
    """None: run as ourselves; else the system account that runs postgres when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        import pwd

        pwd.getpwnam("postgres")
        return "postgres"
    except KeyError:
        return None


class ServerUnavailable(RuntimeError):
    """No PostgreSQL here to start (missing binaries or no account to run it as)."""


@contextmanager
def postgres_server(database: str = DATABASE) -> Iterator[str]:
    """Start a throw-away server; yield ``postgresql://USER@127.0.0.1:PORT/<database>``; stop and delete it.
    Also used by benchmarks/serve_latency.py."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise ServerUnavailable(
            "PostgreSQL binaries (initdb, pg_ctl, postgres) not found; apt-get install postgresql"
        )
    user = _server_user()
    if os.geteuid() == 0 and user is None:
        raise ServerUnavailable("running as root and no 'postgres' system user to run the server as")
    # The server's account must reach its directory: /tmp is world-traversable, $TMPDIR may not be.
    root = Path(tempfile.mkdtemp(prefix="bilat-pg-", dir="/tmp" if user and Path("/tmp").is_dir() else None))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    if user:
        shutil.chown(root, user)
        shutil.chown(sockets, user)
        os.chmod(root, 0o700)
    db_user = user or os.environ.get("USER") or "postgres"
    port = free_port()
    log = root / "server.log"

    def run(command: list[str]) -> subprocess.CompletedProcess:
        return subprocess.run(_as_user(command, user), capture_output=True, text=True, timeout=120)

    try:
        init = run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                db_user,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()}")
        # Durability off: a test server is thrown away, and fsync would only slow the tests.
        options = f"-k {sockets} -p {port} -h 127.0.0.1 -c fsync=off -c synchronous_commit=off"
        start = run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        if start.returncode != 0:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {start.stderr.strip()} {text[-800:]}")
        try:
            _create_database(port, db_user, database)
            yield f"postgresql://{db_user}@127.0.0.1:{port}/{database}"
        finally:
            run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """``postgresql://USER@127.0.0.1:PORT/bilat_test`` on a server started for this test session."""
    try:
        server = postgres_server()
        url = server.__enter__()
    except ServerUnavailable as error:
        missing(str(error))
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


def _create_database(port: int, user: str, database: str) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(
                host="127.0.0.1", port=port, user=user, dbname="postgres", autocommit=True
            ) as conn:
                conn.execute(f'CREATE DATABASE "{database}"')
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def fresh_postgres(postgres_url: str) -> Iterator[str]:
    """A database of its own on the session server, for a test that must start from an empty store."""
    import uuid

    import psycopg

    base, _, _ = postgres_url.rpartition("/")
    name = "t_" + uuid.uuid4().hex[:12]
    conninfo = base + "/postgres"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{base}/{name}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
