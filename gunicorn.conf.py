"""Read by gunicorn from the directory it starts in (`gunicorn tarjotin.wsgi …`)."""

import sys


def post_worker_init(worker):
    # The catalogue index is built before the worker takes its first request, so no visitor
    # waits for it; later full rebuilds run in a background thread (catalogue/index.py).
    from catalogue import index

    index.warm_up()


def worker_exit(server, worker):
    # Views are counted in memory and written every few seconds (catalogue/view_counting.py);
    # a worker leaving (restart, deploy, scale-down) writes what it still holds. The master
    # calls this hook too, for a worker already gone: it has counted nothing and loaded no app.
    view_counting = sys.modules.get("catalogue.view_counting")
    if view_counting is not None:
        view_counting.write_views()
