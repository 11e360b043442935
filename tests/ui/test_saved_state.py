"""The page shown and each page's state come back at the next start, older settings too."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from alsdesk.ui.window.saved_state import SavedPages


def settings_in(tmp_path, **values) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key.replace("__", "/"), value)
    return settings


def test_what_was_saved_is_read_back(tmp_path):
    saved = SavedPages(settings_in(tmp_path))
    saved.save("person", {"person": "7", "set": "3:schedule"})

    again = SavedPages(settings_in(tmp_path))
    assert again.page() == "person"
    assert again.state("person") == "7"
    assert again.state("set") == "3:schedule"
    assert again.state("journal") == ""


def test_settings_from_before_the_list_of_pages_are_understood(tmp_path):
    saved = SavedPages(settings_in(tmp_path, window__page="person:12", window__tab="actions"))
    assert saved.page() == "person"
    assert saved.state("person") == "12"
    assert saved.state("set") == "actions"

    meeting = SavedPages(settings_in(tmp_path / "other", window__meeting="5"))
    assert meeting.page() == "meeting"
    assert meeting.state("meeting") == "5"


def test_saving_removes_the_older_keys(tmp_path):
    settings = settings_in(tmp_path, window__tab="actions", window__meeting="5")
    SavedPages(settings).save("home", {"set": "2"})

    assert settings.value("window/tab") is None
    assert settings.value("window/meeting") is None
    assert SavedPages(settings).state("set") == "2"
    assert SavedPages(settings).page() == "home"
