"""Every named address of the site, read from the URL conf, for the tests that must cover them all."""

from django.urls import URLPattern, URLResolver, get_resolver

# Addresses of well-known libraries, which test their own access rules.
LIBRARY_MODULES = ("django.", "allauth.")


def named_patterns() -> dict[str, URLPattern]:
    """{"namespace:name": pattern} of the project's own views (admin and allauth left out)."""
    found = {}

    def walk(patterns, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, f"{namespace}{entry.namespace}:" if entry.namespace else namespace)
            elif entry.name and not entry.lookup_str.startswith(LIBRARY_MODULES):
                found[f"{namespace}{entry.name}"] = entry

    walk(get_resolver().url_patterns, "")
    return found


def converters(pattern: URLPattern) -> dict[str, str]:
    """{argument: converter name} of a pattern, e.g. {"pk": "IntConverter"}."""
    return {name: type(converter).__name__ for name, converter in pattern.pattern.converters.items()}
