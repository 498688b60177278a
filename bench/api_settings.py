"""Settings for bench/api_load.py only: the project settings with a URLconf that adds the naive baseline API."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.api_urls"
