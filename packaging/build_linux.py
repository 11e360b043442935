"""Build the Linux bundle: dist/alsdesk/ (PyInstaller, one folder) and a tarball to hand out.

    python packaging/build_linux.py          # then: python -m pytest -m bundle

Needs PyInstaller in the environment (``python -m pip install pyinstaller``).
The tarball ``dist/alsdesk-<version>-linux-<machine>.tar.gz`` unpacks to one
folder holding the program (``alsdesk/``), the desktop entry, the AppStream
metainfo and the icon under ``share/``, and ``install.sh``, which puts them in
the user's ``~/.local`` (no root needed). Prints the build time and the sizes.
"""

from __future__ import annotations

import platform
import runpy
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "alsdesk"
RESOURCES = ROOT / "resources"
_ABOUT = runpy.run_path(str(ROOT / "alsdesk" / "__init__.py"))
VERSION, APP_ID = _ABOUT["__version__"], _ABOUT["APP_ID"]
# Where each file goes in the tarball, besides the program itself.
DESKTOP_FILES = {
    RESOURCES / f"{APP_ID}.desktop": f"share/applications/{APP_ID}.desktop",
    RESOURCES / f"{APP_ID}.metainfo.xml": f"share/metainfo/{APP_ID}.metainfo.xml",
    RESOURCES / "icons" / "alsdesk.svg": "share/icons/hicolor/scalable/apps/alsdesk.svg",
    ROOT / "packaging" / "linux" / "install.sh": "install.sh",
}


def build_bundle() -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "packaging" / "alsdesk.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.monotonic() - started


def tarball_path() -> Path:
    return DIST / f"alsdesk-{VERSION}-linux-{platform.machine()}.tar.gz"


def make_tarball() -> Path:
    top = f"alsdesk-{VERSION}"
    out = tarball_path()
    partial = out.with_name(out.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"{top}/alsdesk")
        for source, inside in DESKTOP_FILES.items():
            tar.add(source, arcname=f"{top}/{inside}")
    partial.replace(out)
    return out


def folder_size(folder: Path) -> int:
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() or f.is_symlink())


def main() -> int:
    if not sys.platform.startswith("linux"):
        print(
            "this builds the Linux bundle; see packaging/README.md for the others", file=sys.stderr
        )
        return 2
    seconds = build_bundle()
    tarball = make_tarball()
    megabytes = 1024 * 1024
    print(f"built {BUNDLE} in {seconds:.0f} s: {folder_size(BUNDLE) / megabytes:.0f} MB")
    print(f"packed {tarball}: {tarball.stat().st_size / megabytes:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
