"""Running manage.py in a subprocess with a clean environment: settings are read once per process."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

# The production variables documented in .env.example and the README.
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "tarjotin.example.fi",
    "CSRF_TRUSTED_ORIGINS": "https://tarjotin.example.fi",
    "HTTPS": "true",
    "HSTS_PRELOAD": "true",
}


def manage(*args, **env):
    clean = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONDONTWRITEBYTECODE": "1", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )
