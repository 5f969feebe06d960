"""``python -m case_keyword_names --about``: which client, API version and spec this is."""

import argparse

from ._version import __api_version__, __spec_sha256__, __version__


def main() -> int:
    """Print the client version, the API version and the spec hash."""
    parser = argparse.ArgumentParser(prog="python -m case_keyword_names")
    parser.add_argument(
        "--about", action="store_true", help="print version information"
    )
    parser.parse_args()
    print(f"case_keyword_names {__version__}")
    print(f"API version {__api_version__}")
    print(f"spec sha256 {__spec_sha256__}")
    return 0


raise SystemExit(main())
