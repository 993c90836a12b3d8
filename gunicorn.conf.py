"""Read by gunicorn from the directory it starts in (`gunicorn tarjotin.wsgi …`)."""


def post_worker_init(worker):
    # The catalogue index is built before the worker takes its first request, so no visitor
    # waits for it; later full rebuilds run in a background thread (catalogue/index.py).
    from catalogue import index

    index.warm_up()
