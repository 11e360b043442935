"""The installed package ships every module, migration and resource, found without a list."""

from __future__ import annotations

import runpy
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUP = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_under_test")


def _package_dir(package: str) -> Path:
    mapped = SETUP["PACKAGE_DIR"].get(package)
    return ROOT / mapped if mapped else ROOT.joinpath(*package.split("."))


def _shipped_data(package: str, file: Path) -> bool:
    """Whether pyproject's package data puts ``file`` (of ``package``) into the install."""
    data = CONFIG["tool"]["setuptools"]["package-data"]
    excluded = CONFIG["tool"]["setuptools"].get("exclude-package-data", {})
    for owner, patterns in data.items():
        if package != owner and not package.startswith(owner + "."):
            continue
        if not file.is_relative_to(_package_dir(owner)):
            continue
        relative = file.relative_to(_package_dir(owner)).as_posix()
        if any(_matches(relative, p) for p in patterns) and not any(
            _matches(relative, p) for p in excluded.get(owner, [])
        ):
            return True
    return False


def _matches(relative: str, pattern: str) -> bool:
    return fnmatch(relative, pattern) or (
        pattern.startswith("**/") and fnmatch(relative, pattern.removeprefix("**/"))
    )


def test_pyproject_keeps_no_hand_written_package_list():
    assert "packages" not in CONFIG["tool"]["setuptools"]


def test_every_python_package_is_found():
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "alsdesk").rglob("__init__.py")
    }
    assert found <= set(SETUP["PACKAGES"])
    assert "alsdesk.store.migrations.versions" in SETUP["PACKAGES"]
    assert "alsdesk.store.vault_migrations.versions" in SETUP["PACKAGES"]


def test_migration_templates_and_every_resource_are_package_data():
    template = ROOT / "alsdesk/store/migrations/script.py.mako"
    assert _shipped_data("alsdesk.store.migrations", template)
    vault_template = ROOT / "alsdesk/store/vault_migrations/script.py.mako"
    assert _shipped_data("alsdesk.store.vault_migrations", vault_template)
    resources = [
        f
        for f in (ROOT / "resources").rglob("*")
        if f.is_file() and "screenshots" not in f.parts and "__pycache__" not in f.parts
    ]
    assert any(f.suffix == ".ttf" for f in resources)
    missing = [str(f) for f in resources if not _shipped_data("alsdesk.resources", f)]
    assert missing == []


def test_the_readme_pictures_stay_out_of_the_install():
    picture = next((ROOT / "resources/screenshots").glob("*.png"))
    assert not _shipped_data("alsdesk.resources", picture)
