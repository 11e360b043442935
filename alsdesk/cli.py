"""The command line: start the app, make demo data, export a schedule, a meeting's
record, the whole set's record or its action tracker, a goal's progress report or a
person's development plan; back up, restore and check the database.

User errors print one line on stderr and exit 2; they never show a traceback.
Our bugs print one line naming the log file that holds their report
(``alsdesk.bug_report``) and exit 70.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from alsdesk import __version__
from alsdesk.dates import long_date

EXIT_USER_ERROR = 2
EXIT_PROBLEM = 1  # `check` found something wrong
EXIT_BUG = 70  # EX_SOFTWARE: an unexpected error, reported to the log


class CommandLineError(Exception):
    """A problem with what was typed; the message is shown as is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump
        raise CommandLineError(message)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a date as YYYY-MM-DD, not '{value}'") from None


_SET = ("--set", {"metavar": "NAME", "dest": "set_name"})
SUBJECT_ARGUMENTS: dict[str, tuple[tuple[str, dict], ...]] = {
    # by alsdesk.documents.Subject's value: how the command line names each subject
    "set": (_SET,),
    "meeting": (_SET, ("--date", {"metavar": "YYYY-MM-DD", "type": _iso_date})),
    "goal": (
        ("--person", {"metavar": "NAME", "help": "whose goal it is"}),
        ("--goal", {"metavar": "TITLE", "help": "the goal's title"}),
    ),
    "person": (("--person", {"metavar": "NAME", "help": "whose plan it is"}),),
}


def _export_commands() -> dict[str, list]:
    """``alsdesk export COMMAND``: the documents each command writes (by suffix)."""
    from alsdesk.documents import DOCUMENTS

    commands: dict[str, list] = {}
    for document in DOCUMENTS:
        if document.command is not None:
            commands.setdefault(document.command, []).append(document)
    return commands


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="alsdesk",
        description="Offline companion for action learning sets. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"alsdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database (default: your user data folder, or $ALSDESK_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("gui", help="open the app (the default)")
    commands.add_parser("demo", help="create the demonstration set (once)")
    backup = commands.add_parser("backup", help="copy the database to a file (a USB stick)")
    backup.add_argument("--out", required=True, metavar="FILE", type=Path)
    restore = commands.add_parser("restore", help="replace the data with a backup's")
    restore.add_argument("file", metavar="FILE", type=Path)
    commands.add_parser("check", help="check the database's integrity and consistency")
    export = commands.add_parser("export", help="write a document")
    kinds = export.add_subparsers(dest="kind", metavar="WHAT", parser_class=_Parser, required=True)
    for command, documents in _export_commands().items():
        suffixes = " or ".join(d.suffix for d in documents)
        kind = kinds.add_parser(command, help=f"{documents[0].about()} as {suffixes}")
        for flag, options in SUBJECT_ARGUMENTS[documents[0].subject.value]:
            kind.add_argument(flag, required=True, **options)
        kind.add_argument("--out", required=True, metavar="FILE", type=Path)
    return parser


def _open_services(data_dir: str | None):
    from alsdesk.paths import ensure, resolve_data_dir
    from alsdesk.services import Services
    from alsdesk.services.vault import Vault
    from alsdesk.store import open_store
    from alsdesk.store.vault import open_vault

    paths = resolve_data_dir(data_dir)
    try:
        ensure(paths)
    except OSError as exc:
        raise CommandLineError(f"cannot use the data folder {paths.root}: {exc.strerror}") from exc
    store = open_store(paths.database, paths.backups)  # first: it may move a journal out
    return Services.over(store, vault=Vault(open_vault(paths.vault, paths.backups)))


def _demo(args) -> int:
    from alsdesk.services.demo import create_demo

    with _alone(_data_paths(args.data_dir)):
        services = _open_services(args.data_dir)
        action_set, created = create_demo(services)
        services.store.close()
    verb = "Created" if created else "Already there:"
    print(f'{verb} "{action_set.name}" with {action_set.member_count} members.')
    return 0


def _export(args) -> int:
    from alsdesk.documents import explain, write_atomically

    documents = _export_commands()[args.kind]
    out = _output(args.out, tuple(d.suffix for d in documents))
    document = next(d for d in documents if d.suffix == out.suffix.lower())
    services = _open_services(args.data_dir)
    subject = _subject(services, document.subject.value, args)
    data = document.gather(services, subject, dt.date.today())
    try:
        write_atomically(
            out, lambda temporary: document.write(data, temporary), private=document.personal
        )
    except OSError as exc:
        raise CommandLineError(explain(exc, out)) from exc
    print(f"Wrote {document.summary(data)} to {out}")
    return 0


def _subject(services, kind: str, args) -> int:
    """The id of what the arguments of ``SUBJECT_ARGUMENTS[kind]`` name."""
    if kind == "person":
        return services.people.find(args.person).id
    if kind == "goal":
        person = services.people.find(args.person)
        return services.goals.find(person.full_name, args.goal).id
    action_set = services.sets.find_by_name(args.set_name)
    if kind == "meeting":
        return _held_meeting(services, action_set, args.date)
    return action_set.id


def _held_meeting(services, action_set, date: dt.date) -> int:
    """The meeting record of the set's meeting on ``date``; never opens a new one."""
    from alsdesk.services.schedule import EventKind

    on_the_day = [
        e
        for e in services.schedule.list_events(action_set.id)
        if e.kind == EventKind.SET_MEETING and e.date == date
    ]
    if not on_the_day:
        raise CommandLineError(f'"{action_set.name}" has no set meeting on {long_date(date)}')
    for event in on_the_day:
        meeting_id = services.meetings.held_meeting_for_event(event.id)
        if meeting_id is not None:
            return meeting_id
    raise CommandLineError(
        f'"{on_the_day[0].title}" on {long_date(date)} has not been held yet, so it has no record'
    )


def _data_paths(data_dir: str | None):
    from alsdesk.paths import ensure, resolve_data_dir

    paths = resolve_data_dir(data_dir)
    try:
        return ensure(paths)
    except OSError as exc:
        raise CommandLineError(f"cannot use the data folder {paths.root}: {exc.strerror}") from exc


def _alone(paths):
    """Hold the data folder's lock for a write command; refused while the app is open."""
    from alsdesk.instance import DataFolderLock

    return DataFolderLock(paths.root)


def _backup(args) -> int:
    from alsdesk.store.backups import write_backup

    out = _output(args.out, (".sqlite3",))
    services = _open_services(args.data_dir)  # opening upgrades a database from an older alsdesk
    services.close()
    write_backup(services.store.path, out, services.vault.store.path)  # and its vault beside
    print(f"Backed up to {out}")
    return 0


def _restore(args) -> int:
    from alsdesk.store import open_store
    from alsdesk.store.backups import restore
    from alsdesk.store.vault import open_vault

    if not args.file.is_file():
        raise CommandLineError(f"there is no file {args.file}")
    paths = _data_paths(args.data_dir)
    with _alone(paths):
        aside = restore(args.file, paths.database, paths.backups, vault_path=paths.vault)
        open_store(paths.database, paths.backups).close()  # upgrades an older backup now
        open_vault(paths.vault, paths.backups).close()
    print(f"Restored {args.file.name}; the data it replaced is in {aside}")
    return 0


def _check(args) -> int:
    from alsdesk.store.backups import check, check_vault

    paths = _data_paths(args.data_dir)
    if not paths.database.exists():
        raise CommandLineError(f"there is no database in {paths.root}")
    problems = check(paths.database)
    if paths.vault.exists():
        problems += check_vault(paths.vault)
    if not problems:
        print(f"{paths.database}: no problems found")
        return 0
    print(f"{paths.database}: {len(problems)} problem{'' if len(problems) == 1 else 's'}")
    for problem in problems:
        print(problem)
    return EXIT_PROBLEM


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": _backup,
    "restore": _restore,
    "check": _check,
}


def _output(out: Path, suffixes: tuple[str, ...]) -> Path:
    """``out``, checked before any work: a known suffix, in a folder that exists."""
    if out.suffix.lower() not in suffixes:
        allowed = " or ".join(suffixes)
        raise CommandLineError(f"--out must end in {allowed}, not '{out.name}'")
    if not out.parent.exists():
        raise CommandLineError(f"the folder {out.parent} does not exist")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        _refuse_unknown_options(parser, argv)
        args = parser.parse_args(argv)
    except CommandLineError as exc:
        return _fail(exc)
    # Imported only now, so --version and --help stay fast.
    from alsdesk.instance import DataFolderInUseError
    from alsdesk.services.errors import UserError
    from alsdesk.store import StoreError

    try:
        if args.command == "demo":
            return _demo(args)
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
        if args.command == "export":
            return _export(args)
        from alsdesk.app import run_gui

        return run_gui(args.data_dir)
    except (CommandLineError, UserError, StoreError, DataFolderInUseError) as exc:
        return _fail(exc)
    except Exception as exc:  # our bug: one line and the log's path, never a traceback
        from alsdesk import bug_report

        print(bug_report.one_line(bug_report.record(exc, "the command line")), file=sys.stderr)
        return EXIT_BUG


def _refuse_unknown_options(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """Name an option no command knows before argparse asks for missing arguments.

    (``alsdesk export --bogus`` would otherwise say that WHAT is required.)
    """
    known = set(_option_strings(parser))
    for arg in argv:
        if arg == "--":
            return
        name = arg.split("=", 1)[0]
        if name.startswith("-") and len(name) > 1 and not _is_number(name) and name not in known:
            raise CommandLineError(f"unrecognized argument: {name}")


def _option_strings(parser: argparse.ArgumentParser):
    for action in parser._actions:
        yield from action.option_strings
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _option_strings(sub)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


MAX_MESSAGE = 200


def _fail(error: Exception) -> int:
    """Print one line, however long or multi-line what the user typed (and we echo) was."""
    message = " ".join(str(error).split())
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 1] + "\u2026"
    print(f"alsdesk: error: {message}", file=sys.stderr)
    return EXIT_USER_ERROR
