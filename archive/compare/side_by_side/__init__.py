"""Places side by side in the archive: the Compare view's columns (each the
search for the shared filter within a place), the comparison sets kept under
a name, the tag × place matrix. Speaks SQL; may import archive.found and below."""
