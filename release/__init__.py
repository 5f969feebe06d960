"""Build, check and publish the generated client project (`make build`, `make publish`).

    dists, checked = build_dists(options, Path("dist"))    # python -m build generated/, then checks
    publish(options, Path("dist"), repository_url)         # refusals first, then twine upload

Deciding *what* to release (the version and its changelog entry, from the API diff) is
``generator.release``; this package only packages and ships what ``make generate`` wrote.
Nothing here prints except ``__main__`` (``python -m release build|publish``).
"""

from .dists import RUNTIME_DEPENDENCIES, Dists, build_dists, check_dists, find_dists
from .publish import check_tree, publish, published_versions

__all__ = [
    "RUNTIME_DEPENDENCIES",
    "Dists",
    "build_dists",
    "check_dists",
    "check_tree",
    "find_dists",
    "publish",
    "published_versions",
]
