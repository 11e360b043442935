"""What several areas of the window share: layouts, toolbar rows, empty states, sorted tables, inline errors, form dialogs, the optional date, icons and background jobs."""
