"""The diff package's one error type.

    Exception
     └── DiffError   the inputs cannot be compared: a bad $ref, a bad git ref, an unknown option

It will later be re-parented under the generator's error tree; callers should catch `DiffError`.
"""

from __future__ import annotations


class DiffError(Exception):
    """Two specs could not be compared; the message says where, what, and what to do."""
