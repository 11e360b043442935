"""A document is under its name whole or not at all: failures leave nothing behind."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from alsdesk.documents import write_atomically


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_written_document_appears_under_its_name_with_nothing_beside_it(tmp_path):
    target = tmp_path / "cedar schedule.ics"

    write_atomically(target, lambda path: path.write_text("BEGIN:VCALENDAR"))

    assert target.read_text() == "BEGIN:VCALENDAR"
    assert leftovers(tmp_path) == ["cedar schedule.ics"]


def test_a_writer_that_fails_half_way_leaves_no_file_and_no_temporary(tmp_path):
    target = tmp_path / "record.pdf"

    def half_then_full_disk(path):
        with path.open("wb") as file:
            file.write(b"%PDF-1.4 half a document")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, half_then_full_disk)

    assert leftovers(tmp_path) == []


def test_a_failed_rewrite_keeps_the_previous_version(tmp_path):
    target = tmp_path / "actions.csv"
    target.write_text("the version from last week\n")

    def broken(path):
        path.write_text("half")
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        write_atomically(target, broken)

    assert target.read_text() == "the version from last week\n"
    assert leftovers(tmp_path) == ["actions.csv"]


def test_a_rewrite_replaces_the_previous_version(tmp_path):
    target = tmp_path / "actions.csv"
    target.write_text("old\n")

    write_atomically(target, lambda path: path.write_text("new\n"))

    assert target.read_text() == "new\n"
    assert leftovers(tmp_path) == ["actions.csv"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_missing_folder_is_an_os_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "missing" / "record.pdf"

    with pytest.raises(FileNotFoundError):
        write_atomically(target, lambda path: path.write_text("x"))

    assert leftovers(tmp_path) == []


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_shared_document_is_readable_like_any_new_file_and_a_personal_one_is_not(
    tmp_path, usual_umask
):
    shared = write_atomically(tmp_path / "schedule.pdf", lambda p: p.write_bytes(b"%PDF"))
    personal = write_atomically(
        tmp_path / "journal.pdf", lambda p: p.write_bytes(b"%PDF"), private=True
    )

    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
    assert stat.S_IMODE(personal.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_replaced_file_keeps_its_permissions_unless_the_new_one_is_personal(
    tmp_path, usual_umask
):
    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)

    write_atomically(target, lambda p: p.write_bytes(b"new"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o640

    write_atomically(target, lambda p: p.write_bytes(b"newer"), private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"newer"
