"""Generate a typed Python client (pydantic models, httpx clients) from an OpenAPI spec.

    from generator import load_options, generate
    result = generate(load_options(spec=Path("spec/openapi.yaml")))

``python -m generator`` is the command line (``generator.cli``); ``generator.errors`` holds every
error type it reports.
"""

from generator.config import Options, load_options
from generator.pipeline import Result, build, check, generate

__all__ = ["Options", "Result", "build", "check", "generate", "load_options"]
