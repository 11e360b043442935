"""Help inside the app: the topics viewer, the first-run tour, shortcuts and About."""
