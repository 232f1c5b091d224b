"""The Browse view: the search box, facets, the article list and the reader."""
