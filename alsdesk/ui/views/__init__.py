"""Pages and widgets, one area each."""
