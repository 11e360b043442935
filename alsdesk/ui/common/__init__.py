"""What several areas of the window share.

Layouts, toolbar rows, empty states, sorted tables, inline errors, form dialogs, the
optional date, icons, background jobs and the page contract (``page.Page``).
"""
