"""People as records of their own: names normalised, each person's page
(their articles and captions by year and county, the places they covered),
two spellings merged into one person, undoably."""
