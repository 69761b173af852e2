"""Fixtures and hooks shared by every test folder (paths are in tests/paths.py, helpers in each folder's helpers)."""
