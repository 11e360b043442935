"""Our bugs reported as bugs: a technical report free of personal text, and a log file.

An unexpected exception (a slot, a background job, start-up, the command line)
becomes a ``BugReport``: the app's version, Python, Qt and the operating system,
the exception's type and, for every exception in its chain, the frames as
``file:line in function``. It holds no local variable, no source line and, for
most exceptions, no message: a message can carry the data being handled (a
``ValueError`` quoting a journal sentence, ``int()`` echoing what it could not
read, a database error listing its parameters). Only the messages of the
interpreter's own errors about code (``SAFE_MESSAGES``: division by zero, a
missing attribute, a wrong type) are kept, since they name code, not data;
every other message is replaced by its length.

Each report is appended to ``alsdesk.log`` in the platform's log folder
(platformdirs; ``$ALSDESK_LOG_DIR`` overrides it, as tests do), which rotates at
1 MB keeping three old files; the folder is 0700 and the files 0600, like the
data. ``install`` routes ``sys.excepthook`` (PySide calls it for an exception in
a slot) and ``threading.excepthook`` here; the GUI passes a function that shows
the report in a dialog (``alsdesk.ui.common.bug_dialog``).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from alsdesk import APP_NAME, __version__
from alsdesk.private_files import private_file, private_folder

ENV_LOG_DIR = "ALSDESK_LOG_DIR"
LOG_NAME = "alsdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
SAFE_MESSAGES: tuple[type[BaseException], ...] = (
    ZeroDivisionError,
    AttributeError,
    TypeError,
    NameError,
    IndexError,
    RecursionError,
    ImportError,
    NotImplementedError,
)
"""Exceptions whose message the interpreter words from code (names, types), never data."""
MAX_CHAIN = 5

_logger = logging.getLogger("alsdesk.bugs")
_logger.propagate = False
_logger.setLevel(logging.ERROR)
_lock = threading.Lock()
_listeners: list[Callable[[BugReport], None]] = []


@dataclass(frozen=True)
class BugReport:
    summary: str
    """One line: the exception's type and where it was raised."""
    text: str
    """The whole report, to copy into an e-mail."""
    log_path: Path | None
    """Where it was logged; None when the log could not be written."""


def log_folder() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def record(error: BaseException, where: str) -> BugReport:
    """Build the report for ``error`` (met in ``where``: "a slot", "start-up"…) and log it."""
    text = build_report(error, where)
    summary = _summary(error)
    log_path = _log(summary, text)
    report = BugReport(summary, text, log_path)
    for listener in list(_listeners):
        listener(report)
    return report


def add_listener(listener: Callable[[BugReport], None]) -> Callable[[], None]:
    """Call ``listener`` with every report recorded (from any thread); returns its removal."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def build_report(error: BaseException, where: str) -> str:
    lines = [
        f"{APP_NAME} {__version__}: unexpected error in {where}",
        f"When: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        _qt_line(),
        f"System: {platform.system()} {platform.release()} ({platform.machine()})",
        "",
        "Most recent call last:",
    ]
    for exc, link in reversed(_chain(error)):  # innermost first, as Python prints them
        if link:
            lines += ["", link]
        lines.append(_headline(exc))
        lines += [f"  {frame}" for frame in _frames(exc.__traceback__)]
    return "\n".join(lines)


def install(on_report: Callable[[BugReport], None] | None = None) -> Callable[[], None]:
    """Report every uncaught exception (main thread, slots, other threads); returns the undo.

    ``on_report`` is called with each report (the GUI shows a dialog); without it
    one line goes to stderr. Ctrl+C keeps its usual meaning.
    """
    previous, previous_thread = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None):
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(trace)
        _announce(record(error, "the app" if on_report else "alsdesk"), on_report)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            previous_thread(args)
            return
        _announce(record(args.exc_value, "a background thread"), on_report)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous
        if threading.excepthook is thread_hook:
            threading.excepthook = previous_thread

    return uninstall


def one_line(report: BugReport) -> str:
    """For a terminal: the bug and where its report is."""
    where = (
        f"the report is in {report.log_path}"
        if report.log_path
        else "its report could not be logged"
    )
    return f"alsdesk: unexpected error (a bug in alsdesk): {report.summary}; {where}"


def _announce(report: BugReport, on_report: Callable[[BugReport], None] | None) -> None:
    if on_report is not None:
        on_report(report)
    else:
        print(one_line(report), file=sys.stderr)


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """``error`` and what led to it, outermost first; each with how its inner one led to it."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(chain) < MAX_CHAIN:
        seen.add(id(current))
        if current.__cause__ is not None:
            link, inner = "The above was the direct cause of:", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, inner = "While handling the above, another error happened:", current.__context__
        else:
            link, inner = "", None
        chain.append((current, link))
        current = inner
    return chain


def _headline(error: BaseException) -> str:
    name = _type_name(type(error))
    message = str(error)
    if not message:
        return name
    if isinstance(error, SAFE_MESSAGES) and not isinstance(error, OSError):
        return f"{name}: {' '.join(message.split())}"
    return f"{name} (message withheld, {len(message)} characters: it may hold personal text)"


def _type_name(kind: type) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _frames(trace: TracebackType | None) -> list[str]:
    return [
        f"{_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(trace)
    ]


def _short_path(filename: str) -> str:
    """Where the code is, without the folders above it (they may hold the user's name)."""
    path = Path(filename)
    parts = path.parts
    for root in ("alsdesk", "site-packages", "tests"):
        if root in parts:
            index = len(parts) - 1 - parts[::-1].index(root)
            start = index + 1 if root == "site-packages" else index
            return "/".join(parts[start:])
    return path.name


def _summary(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    name = _type_name(type(error))
    if not frames:
        return name
    last = frames[-1]
    return f"{name} at {_short_path(last.filename)}:{last.lineno}"


def _qt_line() -> str:
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return "Qt: not loaded"
    pyside = sys.modules.get("PySide6")
    return f"Qt {qt_core.qVersion()}, PySide6 {getattr(pyside, '__version__', '?')}"


class _PrivateRotatingFile(RotatingFileHandler):
    """Each log file, the first and every one after a rollover, is created 0600."""

    failed = False

    def _open(self):
        private_file(Path(self.baseFilename))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self.failed = True  # a full disk: the report is still shown, with no log path


def _log(summary: str, text: str) -> Path | None:
    """Append the report to the log; None (and nothing raised) when it cannot be written."""
    with _lock:
        try:
            handler = _handler(log_folder())
        except OSError:
            return None
        handler.failed = False
        _logger.error("%s\n%s", summary, text)
        return None if handler.failed else Path(handler.baseFilename)


def _handler(folder: Path) -> _PrivateRotatingFile:
    """The log's handler for ``folder`` (a changed folder, as in tests, gets a new one)."""
    path = os.path.abspath(folder / LOG_NAME)
    for existing in list(_logger.handlers):
        if isinstance(existing, _PrivateRotatingFile) and existing.baseFilename == path:
            return existing
        _logger.removeHandler(existing)
        existing.close()
    private_folder(folder)
    handler = _PrivateRotatingFile(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _logger.addHandler(handler)
    return handler
