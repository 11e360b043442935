"""Install the translations for the user's language, and route service messages through them.

British English is the source language: the text in the code is what an English
user sees, and no catalogue is needed for it. For any other locale the window
loads, when they exist, Qt's own catalogue (``qtbase_<lang>.qm``: standard
buttons such as Cancel) and ours (``resources/translations/alsdesk_<lang>.qm``,
compiled from the ``.ts`` file a translator filled in; see
``packaging/update_translations.py``). Strings below the UI are marked with
``alsdesk.i18n.translate``, which from here on goes through
``QCoreApplication.translate`` too.

Every visible string must be extractable by ``pyside6-lupdate`` under the
context it is looked up with at run time: ``self.tr("…")`` inside the class
that says it (never in a mixin or a class that others subclass: ``self.tr``
looks up under the class of the object), otherwise ``translate("Context", "…")``
from ``alsdesk.i18n``. tests/ui/test_translations.py checks both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from alsdesk import i18n
from alsdesk.assets import resource_path

CATALOGUE = "alsdesk"
SOURCE_LANGUAGE = QLocale.Language.English


def translations_folder() -> Path:
    return resource_path("translations")


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load the catalogues for ``locale`` (default: the system's) into ``app``.

    Returns the translators installed (they are children of ``app``, so they
    live as long as it does). A missing catalogue is not an error: the text
    stays in British English.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [("qtbase", qt_folder), (CATALOGUE, str(folder or translations_folder()))]
    for name, where in sources:
        if name == CATALOGUE and folder is None and locale.language() == SOURCE_LANGUAGE:
            continue  # the source text is the English catalogue
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    i18n.install(QCoreApplication.translate)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translations`` (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.install(None)
