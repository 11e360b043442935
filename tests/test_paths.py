"""Where alsdesk keeps its files: --data-dir, then $ALSDESK_DATA_DIR, then the user folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from alsdesk.paths import ENV_DATA_DIR, DataPaths, ensure, resolve_data_dir


@pytest.fixture(autouse=True)
def no_env_folder(monkeypatch):
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)


def test_a_folder_given_on_the_command_line_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))

    paths = resolve_data_dir(tmp_path / "explicit")

    assert paths.root == (tmp_path / "explicit").resolve()


def test_the_environment_variable_is_used_when_no_folder_is_given(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))

    assert resolve_data_dir().root == (tmp_path / "from-env").resolve()
    assert resolve_data_dir(None).root == (tmp_path / "from-env").resolve()
    assert resolve_data_dir("").root == (tmp_path / "from-env").resolve()


def test_without_a_folder_or_variable_the_user_data_folder_is_used():
    root = resolve_data_dir().root

    assert root == Path(platformdirs.user_data_dir("alsdesk", appauthor=False))
    assert root.name == "alsdesk"


def test_an_empty_environment_variable_is_ignored(monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, "")

    assert resolve_data_dir().root == Path(platformdirs.user_data_dir("alsdesk", appauthor=False))


def test_a_relative_folder_becomes_absolute(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    paths = resolve_data_dir("my data")

    assert paths.root.is_absolute()
    assert paths.root == (tmp_path / "my data").resolve()


def test_a_folder_under_home_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # Windows

    assert resolve_data_dir("~/alsdesk-data").root == (tmp_path / "alsdesk-data").resolve()


def test_choosing_the_folder_does_not_create_it(tmp_path):
    paths = resolve_data_dir(tmp_path / "not yet")

    assert not paths.root.exists()


def test_the_database_settings_and_backups_live_inside_the_data_folder(tmp_path):
    paths = DataPaths(tmp_path)

    assert paths.database == tmp_path / "alsdesk.sqlite3"
    assert paths.settings == tmp_path / "settings.ini"
    assert paths.backups == tmp_path / "backups"


def test_ensuring_the_data_folder_creates_it_and_its_parents(tmp_path):
    paths = DataPaths(tmp_path / "a" / "b" / "data")

    assert ensure(paths) == paths
    assert paths.root.is_dir()


def test_ensuring_an_existing_data_folder_keeps_what_is_inside(tmp_path):
    paths = ensure(DataPaths(tmp_path / "data"))
    paths.database.write_bytes(b"kept")

    ensure(paths)

    assert paths.database.read_bytes() == b"kept"


def test_ensuring_a_data_folder_that_is_a_file_raises_oserror(tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.root.write_text("a file")

    with pytest.raises(OSError):
        ensure(paths)
