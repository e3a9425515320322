"""Where arkiv keeps data it derives once and reuses: the converted model, the compiled lexicon."""

import os
from pathlib import Path

CACHE_ENV = "ARKIV_MODEL_CACHE"


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("arkiv"))
