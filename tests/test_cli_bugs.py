"""A bug met by a command: one line naming the log with its report, never a traceback."""

from __future__ import annotations

from alsdesk import cli

SECRET = "SECRET-JOURNAL-TEXT"


def raise_with_personal_text(entry_text: str) -> None:
    sentence = f"Could not tag the entry {entry_text!r}"  # a local holding the text
    raise ValueError(sentence)


def test_a_bug_in_a_command_prints_one_line_naming_the_log(capsys, bug_reports, monkeypatch):
    def broken(_args):
        raise_with_personal_text(SECRET)

    monkeypatch.setitem(cli.COMMANDS, "check", broken)

    code = cli.main(["check"])

    err = capsys.readouterr().err
    assert code == cli.EXIT_BUG
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("alsdesk: unexpected error (a bug in alsdesk): ValueError at ")
    assert str(bug_reports[0].log_path) in err
    assert SECRET not in err
