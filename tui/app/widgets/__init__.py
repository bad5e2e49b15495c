"""Small widgets of the reader: the header, the diagnostics panel, the footer, the palette."""
