"""Charts drawn with QPainter: run charts and the leadership radar."""
