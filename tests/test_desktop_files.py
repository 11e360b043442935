"""The desktop entry and the AppStream metainfo the Linux tarball installs agree with the app."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from alsdesk import APP_ID, __version__

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
REVERSE_DNS = re.compile(r"^[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*){2,}$")


def _desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_id_is_reverse_dns_and_names_both_files():
    assert REVERSE_DNS.match(APP_ID)
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert DESKTOP.is_file()
    # No file left under the old short name, which software centres would list twice.
    assert not (RESOURCES / "alsdesk.desktop").exists()
    assert not (RESOURCES / "alsdesk.metainfo.xml").exists()


def test_the_metainfo_is_well_formed_and_launches_the_desktop_entry():
    component = ElementTree.parse(METAINFO).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    assert component.findtext("project_license") == "MIT"


def test_the_metainfo_names_this_version_as_its_latest_release():
    component = ElementTree.parse(METAINFO).getroot()
    assert component.find("releases/release").get("version") == __version__


def test_the_desktop_entry_names_an_icon_that_ships():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert (RESOURCES / "icons" / f"{entry['Icon']}.svg").is_file()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_finds_no_issue_even_pedantic():
    """The validator of the Debian ``appstream`` package, offline; its YAML report read for
    its issues (each a ``- tag:`` line with a ``severity:``; the old id ``alsdesk`` gave
    ``cid-desktopapp-is-not-rdns``, a warning)."""
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", "--format", "yaml", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    issues = re.findall(r"^- tag: (\S+)\n\s+severity: (\S+)", done.stdout, re.MULTILINE)
    assert issues == [], issues
    assert done.returncode == 0, done.stdout + done.stderr
