"""The command line: start the app, make demo data, export a schedule, a meeting's
record, the whole set's record or its action tracker, a goal's progress report or a
person's development plan; back up, restore and check the database.

User errors print one line on stderr and exit 2; they never show a traceback.
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


class CommandLineError(Exception):
    """A problem with what was typed; the message is shown as is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump
        raise CommandLineError(message)


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
    schedule = kinds.add_parser("schedule", help="a set's schedule as .ics or .pdf")
    meeting = kinds.add_parser("meeting", help="the record of a held set meeting as .pdf")
    meeting.add_argument("--date", required=True, metavar="YYYY-MM-DD", type=_iso_date)
    set_record = kinds.add_parser("set-record", help="the record of the whole set as .pdf")
    actions = kinds.add_parser("actions", help="the set's action tracker as .csv")
    for kind in (schedule, meeting, set_record, actions):
        kind.add_argument("--set", required=True, metavar="NAME", dest="set_name")
        kind.add_argument("--out", required=True, metavar="FILE", type=Path)
    goal = kinds.add_parser("goal", help="an improvement goal's progress report as .pdf")
    goal.add_argument("--person", required=True, metavar="NAME", help="whose goal it is")
    goal.add_argument("--goal", required=True, metavar="TITLE", help="the goal's title")
    pdp = kinds.add_parser("pdp", help="a person's personal development plan as .pdf")
    pdp.add_argument("--person", required=True, metavar="NAME", help="whose plan it is")
    for kind in (goal, pdp):
        kind.add_argument("--out", required=True, metavar="FILE", type=Path)
    return parser


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a date as YYYY-MM-DD, not '{value}'") from None


def _open_services(data_dir: str | None):
    from alsdesk.paths import ensure, resolve_data_dir
    from alsdesk.services import Services
    from alsdesk.store import open_store

    paths = resolve_data_dir(data_dir)
    try:
        ensure(paths)
    except OSError as exc:
        raise CommandLineError(f"cannot use the data folder {paths.root}: {exc.strerror}") from exc
    return Services.over(open_store(paths.database, paths.backups))


def _demo(args) -> int:
    from alsdesk.services.demo import create_demo

    with _alone(_data_paths(args.data_dir)):
        services = _open_services(args.data_dir)
        action_set, created = create_demo(services)
        services.store.close()
    verb = "Created" if created else "Already there:"
    print(f'{verb} "{action_set.name}" with {action_set.member_count} members.')
    return 0


def _export_schedule(args) -> int:
    out = _output(args.out, (".ics", ".pdf"))
    services = _open_services(args.data_dir)
    action_set = services.sets.find_by_name(args.set_name)
    events = services.schedule.list_events(action_set.id)
    if out.suffix.lower() == ".ics":
        from alsdesk.exports.ics import write_schedule_ics

        _write(out, lambda: write_schedule_ics(action_set, events, out))
    else:
        from alsdesk.exports.schedule_pdf import write_schedule_pdf

        _write(out, lambda: write_schedule_pdf(action_set, events, out))
    print(f"Wrote {len(events)} events to {out}")
    return 0


def _export_meeting(args) -> int:
    out = _output(args.out, (".pdf",))
    services = _open_services(args.data_dir)
    action_set = services.sets.find_by_name(args.set_name)
    meeting_id = _held_meeting(services, action_set, args.date)
    from alsdesk.exports.meeting_pdf import write_meeting_pdf
    from alsdesk.services.records import meeting_record

    record = meeting_record(services, meeting_id)
    _write(out, lambda: write_meeting_pdf(record, out))
    print(f"Wrote the record of {record.meeting.title} ({long_date(args.date)}) to {out}")
    return 0


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


def _export_set_record(args) -> int:
    out = _output(args.out, (".pdf",))
    services = _open_services(args.data_dir)
    action_set = services.sets.find_by_name(args.set_name)
    from alsdesk.exports.set_record_pdf import write_set_record_pdf
    from alsdesk.services.records import set_record

    record = set_record(services, action_set.id)
    _write(out, lambda: write_set_record_pdf(record, out))
    held = len(record.meetings)
    print(f"Wrote the record of {held} meeting{'' if held == 1 else 's'} to {out}")
    return 0


def _export_actions(args) -> int:
    out = _output(args.out, (".csv",))
    services = _open_services(args.data_dir)
    action_set = services.sets.find_by_name(args.set_name)
    actions = services.actions.tracker(action_set.id)
    from alsdesk.exports.actions_csv import write_actions_csv

    _write(out, lambda: write_actions_csv(action_set, actions, out, dt.date.today()))
    print(f"Wrote {len(actions)} action{'' if len(actions) == 1 else 's'} to {out}")
    return 0


def _export_goal(args) -> int:
    out = _output(args.out, (".pdf",))
    services = _open_services(args.data_dir)
    person = services.people.find(args.person)
    goal = services.goals.find(person.full_name, args.goal)
    report = services.goals.report(goal.id)
    from alsdesk.exports.goal_pdf import write_goal_pdf

    _write(out, lambda: write_goal_pdf(report, out, dt.date.today()))
    print(f'Wrote the progress report of "{goal.title}" to {out}')
    return 0


def _export_pdp(args) -> int:
    out = _output(args.out, (".pdf",))
    services = _open_services(args.data_dir)
    person = services.people.find(args.person)
    report = services.plan.report(person.id)
    if not report.assessments and not report.items:  # as the app's button, nothing to print
        raise CommandLineError(
            f"{person.full_name} has no self-assessments or plan items yet; nothing to print."
        )
    from alsdesk.exports.pdp_pdf import write_pdp_pdf

    _write(out, lambda: write_pdp_pdf(report, out, dt.date.today()))
    print(f"Wrote the development plan of {person.full_name} to {out}")
    return 0


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
    services.store.close()
    write_backup(services.store.path, out)
    print(f"Backed up to {out}")
    return 0


def _restore(args) -> int:
    from alsdesk.store import open_store
    from alsdesk.store.backups import restore

    if not args.file.is_file():
        raise CommandLineError(f"there is no file {args.file}")
    paths = _data_paths(args.data_dir)
    with _alone(paths):
        aside = restore(args.file, paths.database, paths.backups)
        open_store(paths.database, paths.backups).close()  # upgrades an older backup now
    print(f"Restored {args.file.name}; the data it replaced is in {aside}")
    return 0


def _check(args) -> int:
    from alsdesk.store.backups import check

    paths = _data_paths(args.data_dir)
    if not paths.database.exists():
        raise CommandLineError(f"there is no database in {paths.root}")
    problems = check(paths.database)
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


EXPORTS: dict[str, Callable[[argparse.Namespace], int]] = {
    "schedule": _export_schedule,
    "meeting": _export_meeting,
    "set-record": _export_set_record,
    "actions": _export_actions,
    "goal": _export_goal,
    "pdp": _export_pdp,
}


def _output(out: Path, suffixes: tuple[str, ...]) -> Path:
    """``out``, checked before any work: a known suffix, in a folder that exists."""
    if out.suffix.lower() not in suffixes:
        allowed = " or ".join(suffixes)
        raise CommandLineError(f"--out must end in {allowed}, not '{out.name}'")
    if not out.parent.exists():
        raise CommandLineError(f"the folder {out.parent} does not exist")
    return out


def _write(out: Path, write: Callable[[], None]) -> None:
    try:
        write()
    except OSError as exc:
        raise CommandLineError(f"cannot write {out}: {exc.strerror}") from exc


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
            return EXPORTS[args.kind](args)
        from alsdesk.app import run_gui

        return run_gui(args.data_dir)
    except (CommandLineError, UserError, StoreError, DataFolderInUseError) as exc:
        return _fail(exc)


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
