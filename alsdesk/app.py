"""Start the GUI: paths, store, window; our bugs from then on are a dialog and a log line."""

from __future__ import annotations

import contextlib
import locale
import sys


def run_gui(data_dir: str | None = None) -> int:
    """Open the window and run until it closes; returns the exit code.

    Every uncaught exception from here on shows the bug dialog and is logged
    (``alsdesk.ui.common.bug_dialog``); the app carries on. One that escapes
    start-up itself shows the dialog modally, logs, and exits with ``EXIT_BUG``.
    Without a display or the libraries Qt needs for one, it prints which and
    returns ``EXIT_USER_ERROR`` before Qt is loaded (``alsdesk.platform_check``).
    """
    from alsdesk.cli import EXIT_USER_ERROR
    from alsdesk.platform_check import display_problem

    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_USER_ERROR

    from PySide6.QtWidgets import QApplication

    from alsdesk import bug_report
    from alsdesk.cli import EXIT_BUG
    from alsdesk.ui.common import bug_dialog

    app = QApplication.instance() or QApplication(sys.argv)
    uninstall = bug_dialog.install(app)
    try:
        return _open_window(data_dir)
    except Exception as exc:
        report = bug_report.record(exc, "start-up")
        print(bug_report.one_line(report), file=sys.stderr)
        bug_dialog.show_modally(report)
        return EXIT_BUG
    finally:
        uninstall()


def _open_window(data_dir: str | None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alsdesk import APP_ID, APP_NAME, __version__
    from alsdesk.i18n import translate
    from alsdesk.instance import DataFolderLock
    from alsdesk.paths import ensure, resolve_data_dir
    from alsdesk.services import Services
    from alsdesk.services.vault import Vault
    from alsdesk.settings import AppSettings
    from alsdesk.store import StoreError, open_store
    from alsdesk.store.failures import StorageError
    from alsdesk.store.vault import open_vault
    from alsdesk.ui.common import appearance
    from alsdesk.ui.common.icons import icon
    from alsdesk.ui.common.translations import install_translations

    app = QApplication.instance() or QApplication(sys.argv)
    # Qt adopts the system locale; keep dates in the app's own (English) words.
    locale.setlocale(locale.LC_TIME, "C")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its entry by it
    app.setWindowIcon(icon("alsdesk"))
    install_translations(app)

    paths = resolve_data_dir(data_dir)
    try:
        ensure(paths)
    except OSError as exc:
        QMessageBox.critical(None, translate("Start", "alsdesk cannot start"), str(exc))
        return 2
    lock = DataFolderLock(paths.root)
    if not lock.acquire():
        return _already_running(lock)
    try:
        store = open_store(paths.database, paths.backups)  # first: it may move a journal out
        vault_store = open_vault(paths.vault, paths.backups)
    except (OSError, StoreError) as exc:
        lock.release()
        QMessageBox.critical(None, translate("Start", "alsdesk cannot start"), str(exc))
        return 2
    services = Services.over(store, vault=Vault(vault_store))
    with contextlib.suppress(StorageError):  # another program holds the database:
        services.sets.purge_deleted()  # the purge waits for the next start
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    # The theme is chosen before the window's modules are imported: most read their colours once.
    looks = appearance.install(app, AppSettings(settings).theme)
    from alsdesk.ui.window import storage_hook
    from alsdesk.ui.window.main_window import MainWindow
    from alsdesk.ui.window.single_instance import serve_later_starts

    window = MainWindow(services, settings)
    looks.follow(window.app_settings)
    storage_hook.install(window.show_error)
    serve_later_starts(window, lock.server_name)
    window.show()
    window.help.show_tour_once()
    window.start_daily_backup()
    code = app.exec()
    services.close()
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
