"""Request dicts (TypedDicts keyed by wire names); import them from `types`."""
