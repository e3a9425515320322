"""The one exception type a user sees: str() is a one-line Swedish message saying what to do."""


class ArchiveError(Exception):
    """A problem the user can fix (bad input, a busy or damaged archive, a missing index)."""
