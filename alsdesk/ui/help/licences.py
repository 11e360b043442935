"""What alsdesk bundles and under which licence: the About dialog's list.

One row per distribution the installed program needs at run time (``pyproject.toml``'s
dependencies and what they pull in; ``tests/ui/test_help.py`` checks the list against the
installed metadata), and the DejaVu fonts in ``resources/fonts``.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass


@dataclass(frozen=True)
class Bundled:
    name: str  # the distribution's name, as pip knows it
    licence: str
    used_for: str  # in English: names of libraries and licences are not translated


BUNDLED: tuple[Bundled, ...] = (
    Bundled("PySide6-Essentials", "LGPL-3.0 (Qt for Python)", "the windows (Qt 6)"),
    Bundled("shiboken6", "LGPL-3.0", "Qt for Python's bindings"),
    Bundled("SQLAlchemy", "MIT", "the database"),
    Bundled("alembic", "MIT", "database upgrades"),
    Bundled("Mako", "MIT", "alembic's templates"),
    Bundled("MarkupSafe", "BSD-3-Clause", "Mako's escaping"),
    Bundled("typing_extensions", "PSF-2.0", "SQLAlchemy and alembic"),
    Bundled("reportlab", "BSD-3-Clause", "the PDF documents"),
    Bundled("pillow", "MIT-CMU (HPND)", "reportlab's images"),
    Bundled("charset-normalizer", "MIT", "reportlab"),
    Bundled("cryptography", "Apache-2.0 or BSD-3-Clause", "sealing the journal"),
    Bundled("cffi", "MIT", "cryptography"),
    Bundled("pycparser", "BSD-3-Clause", "cffi"),
    Bundled("platformdirs", "MIT", "where the data folder lives"),
    Bundled("holidays", "MIT", "bank holidays in the schedule"),
    Bundled("python-dateutil", "Apache-2.0 or BSD-3-Clause", "reading typed dates"),
    Bundled("six", "MIT", "python-dateutil"),
    Bundled("icalendar", "BSD-2-Clause", "calendar (.ics) files"),
    Bundled("tzdata", "Apache-2.0", "time zones"),
    Bundled("zxcvbn", "MIT", "passphrase strength"),
    Bundled("markdown-it-py", "MIT", "journal text in PDFs"),
    Bundled("mdurl", "MIT", "markdown-it-py"),
)
FONTS = Bundled(
    "DejaVu Sans",
    "Bitstream Vera licence; DejaVu changes public domain",
    "the text of the PDF documents",
)


def version(name: str) -> str:
    """The bundled version, or '' where the bundle carries no metadata for it."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""
