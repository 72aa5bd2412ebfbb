"""The model classes, one small module each; import them from `types`."""
