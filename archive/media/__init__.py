"""Pictures of captions: files kept in the media folder beside the archive,
named by their content hash; thumbnails cached; embedded EXIF/IPTC read;
folders of pictures attached by a sidecar list, all or nothing."""
