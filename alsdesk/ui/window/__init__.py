"""The shell: the main window and its list of pages, menus, exports, backups and the single-instance server."""
