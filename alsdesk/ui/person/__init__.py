"""A person's own pages: improvement goals and the development plan."""
