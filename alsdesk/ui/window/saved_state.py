"""What the window remembers between starts: the page shown and each page's state.

Kept in the settings file as ``window/page`` (the page's name) and
``page/<name>`` (what the page's ``saved_state`` returned). Settings written by
alsdesk 0.x, before the list of pages (``window/tab``, ``window/meeting``,
``window/page = person:<id>``), are read as if they were these, and removed at
the next save.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

LEGACY_KEYS = {"set": "window/tab", "meeting": "window/meeting"}
LEGACY_PERSON = "person:"


class SavedPages:
    def __init__(self, settings: QSettings):
        self.settings = settings

    def page(self) -> str:
        """The name of the page shown when alsdesk last closed ('' for none)."""
        page = str(self.settings.value("window/page") or "")
        if page.startswith(LEGACY_PERSON):
            return "person"
        if not page and self.settings.value(LEGACY_KEYS["meeting"]) not in (None, ""):
            return "meeting"
        return page

    def state(self, name: str) -> str:
        """What page ``name`` saved ('' for nothing)."""
        state = self.settings.value(f"page/{name}")
        if state is None:
            legacy = LEGACY_KEYS.get(name)
            state = self.settings.value(legacy) if legacy else None
            page = str(self.settings.value("window/page") or "")
            if name == "person" and page.startswith(LEGACY_PERSON):
                state = page.removeprefix(LEGACY_PERSON)
        return "" if state is None else str(state)

    def save(self, shown: str, states: dict[str, str]) -> None:
        """Remember the page ``shown`` and every built page's state."""
        self.settings.setValue("window/page", shown)
        for name, state in states.items():
            self.settings.setValue(f"page/{name}", state)
        for legacy in LEGACY_KEYS.values():
            self.settings.remove(legacy)
