"""Start the GUI: paths, store, window."""

from __future__ import annotations

import locale
import sys


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alsdesk import APP_NAME, __version__
    from alsdesk.paths import ensure, resolve_data_dir
    from alsdesk.services import Services
    from alsdesk.store import StoreError, open_store
    from alsdesk.ui import storage_hook
    from alsdesk.ui.icons import icon
    from alsdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    # Qt adopts the system locale; keep dates in the app's own (English) words.
    locale.setlocale(locale.LC_TIME, "C")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(icon("alsdesk"))

    paths = resolve_data_dir(data_dir)
    try:
        ensure(paths)
        store = open_store(paths.database, paths.backups)
    except (OSError, StoreError) as exc:
        QMessageBox.critical(None, "alsdesk cannot start", str(exc))
        return 2
    services = Services.over(store)
    services.sets.purge_deleted()
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    storage_hook.install(window.show_error)
    window.show()
    window.start_daily_backup()
    code = app.exec()
    store.close()
    return code
