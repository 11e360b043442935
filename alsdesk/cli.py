"""The command line: start the app, make demo data, export a schedule.

User errors print one line on stderr and exit 2; they never show a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from alsdesk import __version__

EXIT_USER_ERROR = 2


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
    export = commands.add_parser("export", help="write a document")
    kinds = export.add_subparsers(dest="kind", metavar="WHAT", parser_class=_Parser, required=True)
    schedule = kinds.add_parser("schedule", help="a set's schedule as .ics or .pdf")
    schedule.add_argument("--set", required=True, metavar="NAME", dest="set_name")
    schedule.add_argument("--out", required=True, metavar="FILE", type=Path)
    return parser


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

    services = _open_services(args.data_dir)
    action_set, created = create_demo(services)
    verb = "Created" if created else "Already there:"
    print(f'{verb} "{action_set.name}" with {action_set.member_count} members.')
    return 0


def _export_schedule(args) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".ics", ".pdf"):
        raise CommandLineError(f"--out must end in .ics or .pdf, not '{out.name}'")
    if not out.parent.exists():
        raise CommandLineError(f"the folder {out.parent} does not exist")
    services = _open_services(args.data_dir)
    action_set = services.sets.find_by_name(args.set_name)
    events = services.schedule.list_events(action_set.id)
    try:
        if suffix == ".ics":
            from alsdesk.exports.ics import write_schedule_ics

            write_schedule_ics(action_set, events, out)
        else:
            from alsdesk.exports.schedule_pdf import write_schedule_pdf

            write_schedule_pdf(action_set, events, out)
    except OSError as exc:
        raise CommandLineError(f"cannot write {out}: {exc.strerror}") from exc
    print(f"Wrote {len(events)} events to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except CommandLineError as exc:
        return _fail(exc)
    # Imported only now, so --version and --help stay fast.
    from alsdesk.services.errors import UserError
    from alsdesk.store import StoreError

    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "export":
            return _export_schedule(args)
        from alsdesk.app import run_gui

        return run_gui(args.data_dir)
    except (CommandLineError, UserError, StoreError) as exc:
        return _fail(exc)


def _fail(error: Exception) -> int:
    print(f"alsdesk: error: {error}", file=sys.stderr)
    return EXIT_USER_ERROR
