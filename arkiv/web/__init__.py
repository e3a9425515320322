"""`arkiv serve`: the archive in a browser (server-rendered Swedish pages) and a JSON API under /api/.

Imports FastAPI; only `arkiv serve` and the tests import this package, so `arkiv --help` stays fast.
"""

from arkiv.web.app import create_app

__all__ = ["create_app"]
