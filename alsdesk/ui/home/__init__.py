"""The home page: reviews due and getting started."""
