"""The desktop entry and the AppStream metainfo the Linux tarball installs agree with the app."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from alsdesk import APP_NAME, __version__

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def _desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(RESOURCES / "alsdesk.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_metainfo_is_well_formed_and_launches_the_desktop_entry():
    component = ElementTree.parse(RESOURCES / "alsdesk.metainfo.xml").getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("launchable") == f"{APP_NAME}.desktop"
    assert component.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    assert component.findtext("project_license") == "MIT"


def test_the_metainfo_names_this_version_as_its_latest_release():
    component = ElementTree.parse(RESOURCES / "alsdesk.metainfo.xml").getroot()
    assert component.find("releases/release").get("version") == __version__


def test_the_desktop_entry_names_an_icon_that_ships():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert (RESOURCES / "icons" / f"{entry['Icon']}.svg").is_file()
