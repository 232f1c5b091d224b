"""Records in the press's own formats: caption metadata under IPTC Photo
Metadata's field names (CSV, JSON, and written into a JPEG's IPTC), articles
as NITF XML."""
