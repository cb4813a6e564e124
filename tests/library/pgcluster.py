"""A throwaway PostgreSQL 15 server for the tests: initdb in a temporary folder, 127.0.0.1, a free port.

``initdb`` refuses to run as root, so under root the cluster belongs to the ``postgres`` user and
every server command runs through ``runuser -u postgres --``. Connections from 127.0.0.1 need a
password (scram-sha-256), so the tests exercise real password handling; the superuser is
``admin`` with a random password. ``fsync=off``: the data is thrown away anyway.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALLED = Path("/usr/lib/postgresql")


def binaries() -> Path:
    """The newest installed server's bin folder (Debian's layout); a clear failure, never a skip,
    when there is none."""
    found = sorted(
        INSTALLED.glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0
    )
    if not found:
        raise RuntimeError(
            f"PostgreSQL server binaries not found under {INSTALLED}/*/bin: install the Debian package "
            "'postgresql' (.ci/run does)."
        )
    return found[-1].parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running server; ``url(db, user, password)`` builds connection URLs for it."""

    root: Path
    port: int
    password: str
    bin: Path

    def url(self, database: str, user: str = "admin", password: str | None = None) -> str:
        secret = self.password if password is None and user == "admin" else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the superuser through psql; its output."""
        env = {**os.environ, "PGPASSWORD": self.password}
        done = subprocess.run(
            [str(self.bin / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", statement,
             f"host=127.0.0.1 port={self.port} user=admin dbname={database}"],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr}")
        return done.stdout.strip()


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def start() -> Cluster:
    """initdb and start a server; stop it with ``stop``."""
    folder = binaries()
    root = Path(tempfile.mkdtemp(prefix="drafter-pg-"))
    password = secrets.token_urlsafe(16)
    (root / "pw").write_text(password)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(root / "pw", "postgres", "postgres")
    root.chmod(0o700)
    data = root / "data"
    subprocess.run(
        _as_owner([str(folder / "initdb"), "-D", str(data), "-U", "admin", f"--pwfile={root / 'pw'}",
                   "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8",
                   "--locale=C.UTF-8", "--text-search-config=german"]),
        check=True, capture_output=True,
    )  # fmt: skip
    port = free_port()
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    subprocess.run(
        _as_owner([str(folder / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
                   "-w", "-t", "60", "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    return Cluster(root, port, password, folder)


def stop(cluster: Cluster) -> None:
    with contextlib.suppress(subprocess.SubprocessError):
        subprocess.run(
            _as_owner([str(cluster.bin / "pg_ctl"), "-D", str(cluster.root / "data"), "-m", "immediate",
                       "stop"]),
            check=False, capture_output=True, timeout=60,
        )  # fmt: skip
    shutil.rmtree(cluster.root, ignore_errors=True)
