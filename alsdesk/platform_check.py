"""Before the window: can Qt open one here? One line saying what is missing, not Qt's abort.

On a minimal Linux, Qt's xcb platform plugin fails to load and Qt aborts with
"xcb-cursor0 is needed", whichever libraries are actually missing; with no
display at all it aborts too. ``display_problem`` looks first and returns the
sentence to print. It knows nothing of Qt (it runs before PySide6 is imported)
and checks only Linux under X11 (the platform Qt picks when ``QT_QPA_PLATFORM``
is unset or ``xcb``); Wayland, offscreen, Windows and macOS are left to Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# The system libraries the xcb platform plugin loads (what `readelf -d` lists as
# NEEDED for plugins/platforms/libqxcb.so, lib/libQt6XcbQpa.so.6 and
# lib/libQt6Gui.so.6 in PySide6 6.11, less the C and C++ runtime), each with
# the Debian/Ubuntu package that holds it. tests/test_platform_check.py checks
# this against the installed PySide6.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

NO_DISPLAY = (
    "alsdesk needs a graphical desktop: no display found ({why}). "
    "The command line works without one: alsdesk --help"
)
MISSING_LIBRARIES = (
    "alsdesk cannot open its window: the system lacks {libraries}; "
    "on Debian or Ubuntu: sudo apt-get install {packages}"
)


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` as Qt's plugin would (dlopen)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    can_load: Callable[[str], bool] = loadable,
) -> str | None:
    """The one line to print instead of opening the window, or None when Qt can try.

    ``environ``, ``platform`` (``sys.platform``) and ``can_load`` default to
    this machine's; tests pass their own.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    wanted = _requested_platform(environ)
    if wanted not in ("", "xcb"):
        return None  # offscreen, minimal, wayland, eglfs, vnc...: Qt's own business
    if wanted == "" and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt chooses Wayland (and falls back to X11 itself)
    if not environ.get("DISPLAY"):
        why = "DISPLAY is not set" if wanted else "neither DISPLAY nor WAYLAND_DISPLAY is set"
        return NO_DISPLAY.format(why=why)
    missing = [soname for soname in XCB_LIBRARIES if not can_load(soname)]
    if not missing:
        return None
    packages = dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing)
    return MISSING_LIBRARIES.format(libraries=", ".join(missing), packages=" ".join(packages))


def _requested_platform(environ: Mapping[str, str]) -> str:
    """The first platform ``QT_QPA_PLATFORM`` names ("wayland;xcb", "xcb:option")."""
    first = environ.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip().lower()
