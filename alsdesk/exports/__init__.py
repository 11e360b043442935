"""Writers that turn a set's data into files for other programs: calendars, PDFs.

Plain Python (no Qt, no store): each takes service dataclasses and a path, so the
UI can run them off the GUI thread and the command line can call them directly.
"""
