"""The sets area: the sets list and a set's page.

The page has Details, Members, Schedule, Actions and Attendance tabs; the undoable
edits made there go through ``editor.Editor``.
"""
