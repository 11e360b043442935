"""Translation marking for code below the UI, without Qt.

Services and the store raise messages in British English (the source
language). Where a message can reach the screen it is written as
``translate("services", "No set named %s.") % name``: ``pyside6-lupdate``
extracts calls spelled ``translate(context, "literal")`` (checked: it finds the
bare name as well as ``QCoreApplication.translate``), and at run time the text
goes through the hook the GUI installs at start (``install``), normally
``QCoreApplication.translate``. Without a hook (the command line, tests) the
text comes back unchanged, so the CLI stays English.

Placeholders stay ``%s``/``%d`` outside the call, so the catalogue holds one
string per message and a translator can move the placeholder within it.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def translate(context: str, text: str) -> str:
    """``text`` in the user's language under ``context``, or as written without a hook."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction where it is defined (a table of labels, a constant).

    It comes back unchanged; translate it with ``translate(context, text)`` where
    it is shown, so the user's language applies at that moment.
    """
    return text


def install(translator: Translator | None) -> None:
    """Route every ``translate`` through ``translator``; None goes back to English."""
    global _translator
    _translator = translator or _identity
