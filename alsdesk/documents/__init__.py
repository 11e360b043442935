"""Documents: one description per document, used by the window and the command line.

A ``Document`` (``document.py``) says what a document is about (its
``Subject``), how to ``gather`` it from the services, how to ``write`` it
(always ``write(data, path)``), what to call its file and which suffix it has.
``DOCUMENTS`` (``catalogue.py``) lists them all. The window runs
``gather`` and ``write`` in one background job (``alsdesk.ui.common.jobs``), the
command line runs them in turn; both write through ``write_atomically``, so a
file under the chosen name is always whole, and word failures with
``problems.explain`` (the user's environment) or report them as bugs.

To add a document:

1. write its writer in ``alsdesk/exports/`` (``write_thing(what, path, today)``)
   with its tests in ``tests/exports/``;
2. add one ``Document(...)`` to ``DOCUMENTS`` in ``catalogue.py``: a gather that
   reads everything the writer needs, an adapter calling the writer, a file name,
   a summary, and ``command=`` if ``alsdesk export`` should offer it (the command
   line finds the subject's arguments by its ``Subject``);
3. let the page that shows its subject offer it: return its name from
   ``Page.exports()`` and emit ``export_requested(name, subject)``.

The meeting record (``"meeting-record"``) is a complete example end to end.
"""

from __future__ import annotations

from alsdesk.documents.atomic import write_atomically
from alsdesk.documents.catalogue import DOCUMENTS
from alsdesk.documents.document import Document, Subject
from alsdesk.documents.problems import explain

__all__ = ["DOCUMENTS", "Document", "Subject", "by_name", "explain", "write_atomically"]


def by_name(name: str) -> Document:
    """The document called ``name``; KeyError for a name no document has (a bug)."""
    for document in DOCUMENTS:
        if document.name == name:
            return document
    raise KeyError(name)
