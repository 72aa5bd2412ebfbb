"""One module per resource; the client imports each on first use."""
