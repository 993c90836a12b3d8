"""The API's docs page, /api/v1/docs/: the OpenAPI document as a plain, accessible page.

Rendered on the server from the same document the API publishes, so it cannot drift; no
script, unlike the usual Swagger UI, which fails WCAG contrast and nesting checks.
"""

from django.shortcuts import render

from catalogue.api import api


def type_of(schema: dict) -> str:
    """A short human reading of a JSON schema: `string (date-time) or null`, `array of PlaceOut`."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    if "anyOf" in schema:
        return " or ".join(type_of(option) for option in schema["anyOf"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {type_of(schema.get('items', {}))}"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"object of {type_of(schema['additionalProperties'])}"
    described = kind + (f" ({schema['format']})" if "format" in schema else "")
    if "enum" in schema:
        described += ": " + ", ".join(map(str, schema["enum"]))
    return described


def api_docs(request):
    document = api.get_openapi_schema()
    operations = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            parameters = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "type": type_of(p.get("schema", {})),
                    "required": p.get("required", False),
                    "description": p.get("description", ""),
                }
                for p in operation.get("parameters", [])
            ]
            operations.append(
                {
                    "id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "responses": [(code, type_of(r.get("content", {}).get("application/json", {}).get("schema", {})))
                                  for code, r in operation["responses"].items()],
                }
            )
    schemas = [
        {
            "name": name,
            "fields": [
                {"name": field, "type": type_of(spec), "required": field in schema.get("required", []), "description": spec.get("description", "")}
                for field, spec in schema.get("properties", {}).items()
            ],
        }
        for name, schema in document["components"]["schemas"].items()
    ]
    context = {"info": document["info"], "operations": operations, "schemas": schemas}
    return render(request, "catalogue/api_docs.html", context)
