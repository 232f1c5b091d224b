"""Notes in the window: the Notes view, the panel by the reader, the editor
with live preview and autosave, versions."""
