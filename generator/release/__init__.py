"""Everything about releasing the generated client, in one place.

- ``diff``: classify the API changes between two specs as the client's users feel them;
- ``git``: the spec as it was at a git ref (the last release's tag);
- ``notes``: the next client version and its changelog entry, from the diff since that tag;
- ``dists``: build the sdist and wheel of the generated project and check them;
- ``publish``: refuse what must not be uploaded, then upload with twine.

``python -m generator diff|release-notes|build|publish`` drives them; nothing here prints.
"""
