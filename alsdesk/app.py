"""Start the GUI: paths, store, window."""

from __future__ import annotations

import contextlib
import locale
import sys


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alsdesk import APP_NAME, __version__
    from alsdesk.instance import DataFolderLock
    from alsdesk.paths import ensure, resolve_data_dir
    from alsdesk.services import Services
    from alsdesk.store import StoreError, open_store
    from alsdesk.store.failures import StorageError
    from alsdesk.ui.common.icons import icon
    from alsdesk.ui.common.translations import install_translations
    from alsdesk.ui.window import storage_hook
    from alsdesk.ui.window.main_window import MainWindow
    from alsdesk.ui.window.single_instance import serve_later_starts

    app = QApplication.instance() or QApplication(sys.argv)
    # Qt adopts the system locale; keep dates in the app's own (English) words.
    locale.setlocale(locale.LC_TIME, "C")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(icon("alsdesk"))
    install_translations(app)

    paths = resolve_data_dir(data_dir)
    try:
        ensure(paths)
    except OSError as exc:
        QMessageBox.critical(None, "alsdesk cannot start", str(exc))
        return 2
    lock = DataFolderLock(paths.root)
    if not lock.acquire():
        return _already_running(lock)
    try:
        store = open_store(paths.database, paths.backups)
    except (OSError, StoreError) as exc:
        lock.release()
        QMessageBox.critical(None, "alsdesk cannot start", str(exc))
        return 2
    services = Services.over(store)
    with contextlib.suppress(StorageError):  # another program holds the database:
        services.sets.purge_deleted()  # the purge waits for the next start
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    storage_hook.install(window.show_error)
    serve_later_starts(window, lock.server_name)
    window.show()
    window.start_daily_backup()
    code = app.exec()
    store.close()
    lock.release()
    return code


def _already_running(lock) -> int:
    """A copy is open on this folder: bring it forward and say so in one line."""
    from alsdesk.ui.window.single_instance import ask_running_copy_to_show

    if ask_running_copy_to_show(lock.server_name):
        print(f"alsdesk is already open on {lock.root}; its window was brought forward.")
        return 0
    # The lock's holder is a command writing to the folder, or a copy that is busy.
    print(
        f"alsdesk is already in use on {lock.root} (another alsdesk is open or a command "
        "is writing to it); try again in a moment.",
        file=sys.stderr,
    )
    return 1
