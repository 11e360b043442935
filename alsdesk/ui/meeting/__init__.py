"""The meeting workspace: running one set meeting, from check-in to close."""
