"""One module per API tag; each holds a sync and an async resource class."""
