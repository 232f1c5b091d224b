"""People pages: a reporter's, correspondent's or photographer's work."""
