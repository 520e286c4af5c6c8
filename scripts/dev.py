#!/usr/bin/env python3
"""One entry point for a fresh machine: make the virtual environment, install, then run.

    python3 scripts/dev.py demo   # set up, run the main job on the bundled sample corpus
    python3 scripts/dev.py test   # set up, run the whole test suite

Idempotent: the environment is rebuilt only when pyproject.toml changes (its hash is
stamped into the venv), so a second run goes straight to the job.
Uses only the standard library, because nothing else exists yet when it starts.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("PEOPLEMOVES_VENV", ROOT / ".venv"))
STAMP = VENV / ".peoplemoves-installed"
CHROMIUM = Path("/usr/bin/chromium")
# Debian's browser for the end-to-end tests, and a CJK font so their screenshots are legible
BROWSER_PACKAGES = ["chromium", "fonts-wqy-zenhei"]


def _bin(name: str) -> Path:
    sub = "Scripts" if os.name == "nt" else "bin"
    return VENV / sub / name


def _run(cmd: list[str], **kw) -> int:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], **kw)


def _wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{sys.version_info[:2]}:{digest}"


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this bootstrap runs on whatever python3 the machine has)
        sys.exit(f"peoplemoves needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not _bin("python").exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    if STAMP.exists() and STAMP.read_text() == _wanted_stamp():
        return
    py = _bin("python")
    if _run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"]) != 0:
        sys.exit("could not upgrade pip in the virtual environment")
    if _run([py, "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"]) != 0:
        sys.exit("installing peoplemoves and its dependencies failed")
    STAMP.write_text(_wanted_stamp())


def ensure_chromium() -> None:
    """The browser tests drive Debian's headless Chromium; install it (as root, with apt) when it is missing.

    Never a browser download of its own: only the distribution's package. Without it the
    browser tests skip with a reason, and everything else still runs.
    """
    if CHROMIUM.exists():
        return
    is_root = getattr(os, "geteuid", lambda: -1)() == 0
    if not is_root or shutil.which("apt-get") is None:
        print(f"note: {CHROMIUM} is missing, so the browser tests will be skipped; to run them, install "
              "Debian's chromium (as root: apt-get install chromium)", flush=True)
        return
    print(f"{CHROMIUM} is missing: installing Debian's chromium for the browser tests", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if _run(["apt-get", "update", "-q"], env=env) != 0 or \
            _run(["apt-get", "install", "-y", "-q", *BROWSER_PACKAGES], env=env) != 0:
        print("note: installing chromium failed; the browser tests will be skipped", flush=True)


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in {"demo", "test", "setup"}:
        print(__doc__)
        return 2
    ensure_environment()
    job, rest = argv[0], argv[1:]
    if job == "setup":
        return 0
    if job == "demo":
        return _run([_bin("peoplemoves"), "demo", *rest], cwd=ROOT)
    ensure_chromium()
    code = _run([_bin("python"), "-m", "pytest", *(rest or ["-q"])], cwd=ROOT)
    return 0 if code == 5 else code  # 5 = no tests collected; a filter may legitimately select none


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
