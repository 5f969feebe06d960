"""The diff package's one error type.

    GeneratorError
     └── DiffError   the inputs cannot be compared: a bad $ref, a bad git ref, an unknown option

Part of the generator's error tree, so the CLI reports it like any bad input (exit 2).
"""

from __future__ import annotations

from generator.errors import GeneratorError


class DiffError(GeneratorError):
    """Two specs could not be compared; the message says where, what, and what to do."""
