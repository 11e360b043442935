"""Allow ``python -m alsdesk``."""

from alsdesk.cli import main

raise SystemExit(main())
