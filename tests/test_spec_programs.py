"""packaging/alsdesk.spec builds the programs each system needs.

Windows: ``alsdesk.exe`` windowed (no console window behind the app) and
``alsdesk-cli.exe``, the same program as a console one, so the command line prints
and the prompt waits; both in the one folder. Linux: one console program. The spec
is run here with PyInstaller's build steps recorded, not performed (PyInstaller
itself need not be installed), for each system in turn.
"""

from __future__ import annotations

import runpy
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "alsdesk.spec"


class Step:
    """One PyInstaller build step, keeping what it was given."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.scripts, self.pure, self.binaries, self.datas = [], [], [], []


def run_spec(monkeypatch, tmp_path, platform: str) -> dict[str, list[Step]]:
    made: dict[str, list[Step]] = {}

    def step(kind: str):
        def build(*args, **kwargs):
            made.setdefault(kind, []).append(Step(*args, **kwargs))
            return made[kind][-1]

        return build

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []
    hooks.collect_submodules = lambda package: [package]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable"):
        setattr(versioninfo, name, Step)
    for name in ("StringStruct", "VarFileInfo", "VarStruct"):
        setattr(versioninfo, name, Step)
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = versioninfo
    icons = types.ModuleType("icons")
    icons.write_ico = icons.write_icns = lambda path: path
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.win32": win32,
        "PyInstaller.utils.win32.versioninfo": versioninfo,
        "icons": icons,
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    runpy.run_path(
        str(SPEC),
        init_globals={
            "SPECPATH": str(SPEC.parent),
            "workpath": str(tmp_path),
            **{kind: step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
        },
    )
    return made


def test_windows_has_a_windowed_app_and_a_console_cli_in_one_folder(monkeypatch, tmp_path):
    made = run_spec(monkeypatch, tmp_path, "win32")
    programs = {exe.kwargs["name"]: exe for exe in made["EXE"]}
    assert set(programs) == {"alsdesk", "alsdesk-cli"}
    assert programs["alsdesk"].kwargs["console"] is False
    assert programs["alsdesk-cli"].kwargs["console"] is True
    # The same entry point (the CLI: no arguments opens the window) and one folder for both.
    assert programs["alsdesk"].args == programs["alsdesk-cli"].args
    (folder,) = made["COLLECT"]
    assert [a for a in folder.args if isinstance(a, Step) and a in made["EXE"]] == made["EXE"]
    assert folder.kwargs["name"] == "alsdesk"
    assert "BUNDLE" not in made


@pytest.mark.parametrize(("platform", "console"), [("linux", True), ("darwin", False)])
def test_linux_and_macos_build_one_program(monkeypatch, tmp_path, platform, console):
    made = run_spec(monkeypatch, tmp_path, platform)
    (program,) = made["EXE"]
    assert program.kwargs["name"] == "alsdesk"
    assert program.kwargs["console"] is console
    assert ("BUNDLE" in made) == (platform == "darwin")
