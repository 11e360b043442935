"""The Qt user interface. Views call services; they never touch the store."""
