"""The release loop: version rules, changelog entries, pyproject edits, dist checks, end to end."""
