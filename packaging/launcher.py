"""The bundle's entry point: what ``python -m alsdesk`` runs (kept outside the package,
so PyInstaller does not put alsdesk/ itself on the module search path)."""

from alsdesk.cli import main

raise SystemExit(main())
