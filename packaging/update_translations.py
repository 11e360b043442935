"""Refresh the translators' files in resources/translations/ from the code.

    python packaging/update_translations.py

1. ``alsdesk.ts`` is the template: every string the code marks (``self.tr``,
   ``translate("Context", …)``), British English, no translations. Send it to
   a translator, who saves it as ``alsdesk_<language>.ts`` (``alsdesk_cy.ts``
   for Welsh) after filling it in with Qt Linguist (``pyside6-linguist``).
2. Each ``alsdesk_<language>.ts`` is updated in place (new strings added,
   removed ones marked obsolete), then compiled to ``alsdesk_<language>.qm``,
   which the app loads for that system locale (alsdesk/ui/common/translations.py).

tests/ui/test_translations.py fails when ``alsdesk.ts`` is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "alsdesk.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "alsdesk").rglob("*.py"))


def lupdate(ts: Path, *options: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(ts.relative_to(ROOT)), *options],
        check=True,
        cwd=ROOT,
    )


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate(TEMPLATE, "-no-obsolete", "-locations", "none", "-source-language", "en_GB")
    for ts in sorted(FOLDER.glob("alsdesk_*.ts")):
        lupdate(ts, "-locations", "none")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
