"""Test helpers: a Prism mock-server runner and a scriptable fault-injection HTTP server."""
