"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "0.3.0"
__spec_sha256__ = "6e99f130eb928d6390b434b3825b98d9c79a53944a60ef3acad04d93fdb63502"
