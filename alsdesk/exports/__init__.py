"""Writers that turn a set's data into files for other programs: calendars, PDFs, CSV.

Plain Python (no Qt, no store): each takes what it prints first, then the path,
then the printed date where it has one (``write_thing(what, path, today)``). The
app and the command line reach them only through their document's description in
``alsdesk.documents``.
"""
