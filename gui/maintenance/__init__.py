"""Looking after the archive file: the index rebuild, backups, restoring one,
salvaging a damaged file."""
