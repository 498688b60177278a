import os
import signal
import subprocess
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run the web server and a Celery worker (with the beat scheduler) together; Ctrl-C stops both."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument("--concurrency", default="2")

    def handle(self, *args: Any, **options: Any) -> None:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-B", "--loglevel", "INFO",
             "--concurrency", options["concurrency"]],
            env=os.environ.copy(),
        )
        # Stop the worker too when we are terminated, not only on Ctrl-C.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
        base = f"http://{options['host']}:{options['port']}"
        self.stdout.write(
            f"Celery worker started (pid {worker.pid}); web on {base}/\n"
            f"  Review queue (confirm the parser's proposals): {base}/admin/tracker/event/review/\n"
            f"  Public timeline (confirmed entries only):     {base}/c/russia-ukraine/\n"
            f"  REST API and its docs:                        {base}/api/v1/  {base}/api/docs/"
        )
        try:
            call_command("runserver", f"{options['host']}:{options['port']}", use_reloader=False)
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()
