"""The apps import each other in one direction only: each may use the apps below it, never above.

A newcomer reads the layers bottom-up; an import that points upwards would make two apps that
cannot be understood (or tested) one without the other. docs/architecture.md draws the same order.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Bottom first. tarjotin/urls.py joins every app's URLs by name, through include() strings.
LAYERS = [
    "tarjotin",
    "accounts",
    "vocabularies",
    "associations",
    "services",
    "events",
    "catalogue",
    "moderation",
    "dashboard",
    "demo",
]


def imported_apps(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(LAYERS)


def modules_of(app: str):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


@pytest.mark.parametrize("app", LAYERS)
def test_app_imports_only_the_apps_below_it(app):
    above = set(LAYERS[LAYERS.index(app) + 1 :])
    upward = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) & above)
        for path in modules_of(app)
        if imported_apps(path) & above
    }
    assert upward == {}


def test_every_app_has_its_place_in_the_layers():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps == set(LAYERS)
