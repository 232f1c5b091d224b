"""The Captions view: photo captions as records of their own."""
