"""A bare machine says what it lacks (a display, or which packages) in one line, not Qt's abort.

The environment and the dynamic loader are the operating system's facts, so
the unit tests hand ``display_problem`` their own; one test starts the real
program without a display.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from alsdesk.platform_check import XCB_LIBRARIES, display_problem

ROOT = Path(__file__).resolve().parents[1]
X11_DESKTOP = {"DISPLAY": ":0"}


def _has_every_library(soname: str) -> bool:
    return True


def _minimal_debian(soname: str) -> bool:
    """What a minimal Debian 12 with X11 has: all but two of the xcb utility libraries."""
    return soname not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


def test_a_desktop_with_every_library_opens_the_window():
    assert display_problem(X11_DESKTOP, "linux", _has_every_library) is None


def test_no_display_at_all_is_named_with_the_way_to_the_command_line():
    problem = display_problem({}, "linux", _has_every_library)
    assert problem == (
        "alsdesk needs a graphical desktop: no display found (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). The command line works without one: alsdesk --help"
    )


def test_x11_asked_for_without_a_display_names_display():
    problem = display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", _has_every_library)
    assert "no display found (DISPLAY is not set)" in problem


def test_x11_asked_for_in_a_wayland_session_still_needs_display():
    environ = {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}
    assert "(DISPLAY is not set)" in display_problem(environ, "linux", _has_every_library)


def test_a_minimal_linux_names_the_packages_actually_missing_not_xcb_cursor():
    problem = display_problem(X11_DESKTOP, "linux", _minimal_debian)
    assert problem == (
        "alsdesk cannot open its window: the system lacks libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1; on Debian or Ubuntu: sudo apt-get install libxcb-icccm4 "
        "libxcb-keysyms1"
    )
    assert "cursor" not in problem


def test_a_package_holding_two_missing_libraries_is_named_once():
    problem = display_problem(X11_DESKTOP, "linux", lambda soname: "glib" not in soname)
    assert problem.endswith("sudo apt-get install libglib2.0-0")
    assert "\n" not in problem


@pytest.mark.parametrize(
    "platform", ["offscreen", "minimal", "wayland", "wayland;xcb", "eglfs", "vnc:size=800x600"]
)
def test_a_platform_other_than_x11_is_left_to_qt(platform):
    environ = {"QT_QPA_PLATFORM": platform}
    assert display_problem(environ, "linux", lambda soname: False) is None


def test_a_wayland_session_is_left_to_qt():
    environ = {"WAYLAND_DISPLAY": "wayland-0"}
    assert display_problem(environ, "linux", lambda soname: False) is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_are_not_checked(platform):
    assert display_problem({}, platform, lambda soname: False) is None


def test_the_platform_is_read_whatever_its_case_and_options():
    environ = {"QT_QPA_PLATFORM": " XCB:foo=1;wayland"}
    assert "(DISPLAY is not set)" in display_problem(environ, "linux", _has_every_library)


def _needed(library: Path) -> set[str]:
    listing = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", listing))


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="reads the Linux xcb plugin with readelf",
)
def test_the_list_holds_every_system_library_the_installed_xcb_plugin_links():
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    plugin_libraries = [
        qt / "plugins/platforms/libqxcb.so",
        qt / "lib/libQt6XcbQpa.so.6",
        qt / "lib/libQt6Gui.so.6",
    ]
    needed = set().union(*(_needed(library) for library in plugin_libraries))
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}
    system = {name for name in needed - runtime if not name.startswith("libQt6")}
    assert system - set(XCB_LIBRARIES) == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux's")
@pytest.mark.timeout(600)  # a cold interpreter on a loaded machine; the run's guard is 300 s
def test_starting_the_app_without_a_display_says_so_in_one_line_and_exits_2(tmp_path):
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environ["ALSDESK_DATA_DIR"] = str(tmp_path / "data")
    environ["ALSDESK_LOG_DIR"] = str(tmp_path / "log")
    started = subprocess.run(
        [sys.executable, "-m", "alsdesk"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,  # a guard against a hang: the line comes before Qt is imported
    )
    assert started.returncode == 2
    assert started.stdout == ""
    assert started.stderr.splitlines() == [
        "alsdesk needs a graphical desktop: no display found (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). The command line works without one: alsdesk --help"
    ]
    assert not (tmp_path / "data").exists()


def test_the_readme_gives_the_whole_package_list():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"sudo apt-get install (libxcb-cursor0[^`]*)```", readme)
    listed = command.group(1).replace("\\", " ").split()
    assert listed == list(dict.fromkeys(XCB_LIBRARIES.values()))
