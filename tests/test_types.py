"""The storage, service, document and export layers and the bug reports type-check (mypy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent


# mypy runs in-process with an empty cache: on a cold, loaded 2-core machine it can take
# minutes, well past the suite's 60 s per-test timeout.
@pytest.mark.timeout(600)
def test_store_services_and_exports_type_check(tmp_path):
    stdout, stderr, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path)]
        + [
            str(ROOT / "alsdesk" / part)
            for part in ("store", "services", "documents", "exports", "bug_report.py")
        ]
    )
    assert status == 0, stdout + stderr
