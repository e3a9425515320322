"""arkiv: archive and search Swedish meeting documents."""

from arkiv.archive import Archive, ArchiveError

__all__ = ["Archive", "ArchiveError"]
