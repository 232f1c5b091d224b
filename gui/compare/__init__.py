"""The Compare view: places side by side in columns, each with its records,
counts and a reader, under one shared filter."""
