"""Middleware of the project itself: what must happen before or around everything else."""

from tarjotin import views


class HealthProbeMiddleware:
    """Answer the load balancer's probes before the Host header or the scheme are looked at.

    The load balancer probes each app process by its IP address over plain HTTP. With HTTPS=true
    SecurityMiddleware would answer 301, and CommonMiddleware 400 for a Host that is not in
    ALLOWED_HOSTS, so a healthy process would look dead. The probes reveal nothing and change
    nothing, so they are answered first (this middleware is the first in MIDDLEWARE).
    """

    PROBES = {"/healthz": views.healthz, "/livez": views.livez}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = self.PROBES.get(request.path_info)
        if probe is not None:
            return probe(request)
        return self.get_response(request)
