"""The generator's one vocabulary for OpenAPI documents.

- ``load``: read YAML/JSON safely and bundle relative file references into one document;
- ``sourcemap``: where each part of the bundled document came from (file, line, column);
- ``pointer``: RFC 6901 pointers and local ``$ref`` values, the one implementation;
- ``keywords``: the table of what every key of every kind of object means;
- ``traverse``: the one walk over a document that knows schemas from data.

Every stage and the API diff read documents through these modules, never by hand.
"""

from generator.spec.load import Spec, load_spec

__all__ = ["Spec", "load_spec"]
