"""The shell: the main window, its one list of pages (``pages.PAGES``) and menus.

Also the window's exports and backups, and the single-instance server. Only the
shell imports from several areas.
"""
