"""The fake server behind ``<package>.testing``: the same in every generated package.

What differs between APIs is data (``_fake_spec.json``, written by the generator); this
package reads it: ``_wire`` routes and reads requests, ``_schema`` validates them, ``_store``
keeps collections, ``_sample`` and ``_answers`` build answers, ``_server`` ties them together.
"""

from ._server import FakeRequest, FakeServer

__all__ = ["FakeRequest", "FakeServer"]
