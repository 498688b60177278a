"""Production gunicorn settings: `gunicorn -c config/gunicorn.conf.py config.wsgi:application`.

The views are CPU-bound Python under the GIL, so one thread per process and two processes per CPU. Measured by
bench/api_load.py on 2 CPUs with 20 clients: p99 40 ms with 4 processes x 1 thread, 258 ms with 3 x 4.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", str(2 * multiprocessing.cpu_count())))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread"  # keeps connections alive even with one thread
keepalive = 30
graceful_timeout = 10
backlog = 256
