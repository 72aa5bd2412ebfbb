"""sdkgen: turns an OpenAPI 3.0/3.1 spec into a typed Python SDK (httpx + pydantic v2)."""

__version__ = "0.1.0"
